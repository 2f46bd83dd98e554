using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Passes a part's bytes through to the XML parser (and to a copy), measuring the longest run of
/// characters between two '&lt;' as they pass: in XML no '&lt;' can occur inside a tag or an
/// attribute value, so that run bounds both one text node and one tag with all its attributes.
/// The read stops as soon as a run passes the limit, before the parser has had to hold it whole
/// (a 60-million-character w:t, or a tag with millions of attributes, which the parser checks for
/// duplicates in quadratic time). Characters are counted as UTF-8 sequences; a part in UTF-16
/// counts each character twice, which only makes the limit stricter.
/// </summary>
internal sealed class MarkupScanStream(Stream input, Stream? copy, int maxRun) : Stream
{
    private long _run;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = input.Read(buffer);
        var bytes = buffer[..read];
        foreach (var b in bytes)
        {
            if (b == (byte)'<')
            {
                _run = 0;
            }
            else if ((b & 0xC0) != 0x80 && ++_run > maxRun)
            {
                throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxRunCharacters), maxRun, $"> {maxRun}");
            }
        }

        copy?.Write(bytes);
        return read;
    }

    /// <summary>Passes whatever the parser left unread on to the copy, scanning it too.</summary>
    public void CopyRest()
    {
        var buffer = new byte[16384];
        while (Read(buffer) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            input.Dispose();
        }

        base.Dispose(disposing);
    }
}
