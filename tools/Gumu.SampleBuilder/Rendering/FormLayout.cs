using Gumu.Compliance.Rules;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// Lays out a <see cref="FormTable"/> the way the official form prints it, from the table's schema:
/// <list type="bullet">
/// <item>the column tree becomes the header: a group spans its leaves, a leaf spans down to the
/// last header row;</item>
/// <item>the row tree becomes the label columns: a parent's label spans its rows (heading rows and
/// subtotals that are not printed still head their parts), a row whose tree is shallower spans
/// the label columns to its right, and the header's top-left cell spans the label columns (table
/// 三 prints its balance there);</item>
/// <item>a table without row labels (table 四) is its header above one row of values;</item>
/// <item>a table printed in parts (table 二) gives each part a title row and a header row of its
/// own, and a part with fewer columns lets its last column span the rest.</item>
/// </list>
/// </summary>
internal static class FormLayout
{
    public static TableLayout Of(FormTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.ValueRows.Any(r => PrintedForm.PartTitles.ContainsKey(r.Id)) && table.Spec.LabelHeaders.Count > 0
            ? InParts(table)
            : AsTree(table);
    }

    private static TableLayout AsTree(FormTable table)
    {
        var spec = table.Spec;
        var leaves = table.ValueColumns;
        var rows = table.ValueRows;
        var columnParent = spec.Columns.ToDictionary(c => c.Id, c => c.Parent, StringComparer.Ordinal);
        var rowParent = spec.Rows.ToDictionary(r => r.Id, r => r.Parent, StringComparer.Ordinal);
        var headerRows = leaves.Max(c => Ancestors(c.Id, columnParent).Count) + 1;
        var labelColumns = spec.RowLabels ? rows.Max(r => Ancestors(r.Id, rowParent).Count) + 1 : 0;
        var cells = new List<LayoutCell>();

        // Header: every printed column and every group above one, over the leaves it covers.
        var printed = new List<string>();
        foreach (var column in spec.Columns)
        {
            var covered = Enumerable.Range(0, leaves.Count)
                .Where(i => leaves[i].Id == column.Id || Ancestors(leaves[i].Id, columnParent).Contains(column.Id))
                .ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            if (covered[^1] - covered[0] + 1 != covered.Count)
            {
                throw new InvalidOperationException($"Table {table.Id}: the leaves of column '{column.Id}' are not side by side.");
            }

            var depth = Ancestors(column.Id, columnParent).Count;
            var isLeaf = leaves.Any(l => l.Id == column.Id);
            cells.Add(new LayoutCell(PrintedForm.ColumnHeader(column), LayoutRole.Header, depth, labelColumns + covered[0],
                RowSpan: isLeaf ? headerRows - depth : 1, ColumnSpan: covered.Count));
        }

        if (labelColumns > 0)
        {
            cells.Add(new LayoutCell(PrintedForm.CornerNotes.GetValueOrDefault(table.Id, string.Empty), LayoutRole.Header, 0, 0, headerRows, labelColumns));
        }

        // Rows: each label where its depth puts it; a parent's label over all its printed rows.
        var headed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var gridRow = headerRows + i;
            if (rows.Any(other => Ancestors(other.Id, rowParent).Contains(row.Id)))
            {
                throw new InvalidOperationException($"Table {table.Id}: row '{row.Id}' has values and rows under it; the form prints no such row.");
            }

            if (labelColumns > 0)
            {
                var ancestors = Ancestors(row.Id, rowParent);
                for (var depth = 0; depth < ancestors.Count; depth++)
                {
                    var ancestor = ancestors[ancestors.Count - 1 - depth];
                    if (headed.Add(ancestor))
                    {
                        var span = rows.Skip(i).TakeWhile(r => Ancestors(r.Id, rowParent).Contains(ancestor)).Count();
                        var label = spec.Rows.Single(r => r.Id == ancestor).Label;
                        cells.Add(new LayoutCell(PrintedForm.Text(label), LayoutRole.Label, gridRow, depth, RowSpan: span));
                    }
                }

                cells.Add(new LayoutCell(PrintedForm.Text(row.Label), LayoutRole.Label, gridRow, ancestors.Count, ColumnSpan: labelColumns - ancestors.Count));
            }

            var own = table.ColumnsOf(row);
            for (var j = 0; j < leaves.Count; j++)
            {
                var text = own.Contains(leaves[j]) ? table.Text(row.Id, leaves[j].Id) : string.Empty;
                cells.Add(new LayoutCell(text, LayoutRole.Value, gridRow, labelColumns + j));
            }
        }

        // Outer label columns are narrow (their labels wrap down the merged cell), the innermost holds the full labels.
        int[] weights = [.. Enumerable.Range(0, labelColumns).Select(c => c == labelColumns - 1 ? 12 : 4), .. leaves.Select(_ => 3)];
        return new TableLayout(weights, cells);
    }

    private static TableLayout InParts(FormTable table)
    {
        var rows = table.ValueRows;
        var width = 1 + rows.Max(r => table.ColumnsOf(r).Count);
        var labelHeader = PrintedForm.Text(table.Spec.LabelHeaders[0]);
        var cells = new List<LayoutCell>();
        var gridRow = 0;
        for (var start = 0; start < rows.Count;)
        {
            var title = PrintedForm.PartTitles.TryGetValue(rows[start].Id, out var t)
                ? t
                : throw new InvalidOperationException($"Table {table.Id}: row '{rows[start].Id}' starts no part of the form.");
            var end = start + 1;
            while (end < rows.Count && !PrintedForm.PartTitles.ContainsKey(rows[end].Id))
            {
                end++;
            }

            var part = rows.Skip(start).Take(end - start).ToList();
            var columns = table.ValueColumns.Where(c => part.Any(r => table.ColumnsOf(r).Contains(c))).ToList();
            cells.Add(new LayoutCell(title, LayoutRole.Title, gridRow++, 0, ColumnSpan: width));
            cells.Add(new LayoutCell(labelHeader, LayoutRole.Header, gridRow, 0));
            AddRun(columns.Select(PrintedForm.ColumnHeader).ToList(), LayoutRole.Header, gridRow++);
            foreach (var row in part)
            {
                cells.Add(new LayoutCell(PrintedForm.Text(row.Label), LayoutRole.Label, gridRow, 0));
                var own = table.ColumnsOf(row);
                AddRun([.. columns.Select(c => own.Contains(c) ? table.Text(row.Id, c.Id) : string.Empty)], LayoutRole.Value, gridRow++);
            }

            start = end;
        }

        return new TableLayout([3, .. Enumerable.Repeat(2, width - 1)], cells);

        // A part with fewer columns than the table lets its last one span the rest.
        void AddRun(IReadOnlyList<string> texts, LayoutRole role, int row)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                cells.Add(new LayoutCell(texts[i], role, row, 1 + i, ColumnSpan: i == texts.Count - 1 ? width - texts.Count : 1));
            }
        }
    }

    /// <summary>The ids of a node's ancestors, nearest first.</summary>
    private static List<string> Ancestors(string id, Dictionary<string, string?> parents)
    {
        var ancestors = new List<string>();
        for (var parent = parents[id]; parent is not null; parent = parents[parent])
        {
            ancestors.Add(parent);
        }

        return ancestors;
    }
}
