using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Input;

/// <summary>
/// Marks every location of a document read from a converted copy (a .doc/.wps file converted
/// to .docx by LibreOffice), so that findings say their paragraph numbers are the copy's.
/// </summary>
internal static class ConvertedCopy
{
    public static ReportDocument Mark(ReportDocument document) => document with
    {
        TitleLocation = Mark(document.TitleLocation),
        Metadata = document.Metadata with { PublicationDateLocation = Mark(document.Metadata.PublicationDateLocation) },
        Blocks = [.. document.Blocks.Select(Mark)],
    };

    private static Block Mark(Block block) => block switch
    {
        TableBlock table => table with { Location = Mark(table.Location)!, Grid = Mark(table.Grid) },
        _ => block with { Location = Mark(block.Location)! },
    };

    private static TableGrid Mark(TableGrid grid)
    {
        var cells = new TableCell[grid.RowCount, grid.ColumnCount];
        for (var r = 0; r < grid.RowCount; r++)
        {
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                cells[r, c] = grid[r, c] with { Location = Mark(grid[r, c].Location)! };
            }
        }

        return new TableGrid(cells);
    }

    private static SourceLocation? Mark(SourceLocation? location) => location is null ? null : location with { InConvertedCopy = true };
}
