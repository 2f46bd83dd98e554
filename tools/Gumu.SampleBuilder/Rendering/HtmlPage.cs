using System.Text;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>An HTML page under construction, with the CRLF line ends that portals and Word write.</summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder text = new();

    public void Line(string line) => text.Append(line).Append("\r\n");

    public override string ToString() => text.ToString();
}
