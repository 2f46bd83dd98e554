using System.Text;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// Encodes portal pages the way many Chinese government sites serve them: GB2312 bytes, no BOM,
/// the charset declared only in a meta element. Fails on any character outside GB2312 proper
/// (code page 936 is GBK and would silently accept characters a GB2312 page cannot hold).
/// </summary>
internal static class Gb2312
{
    private static readonly Lazy<Encoding> Gb = new(() =>
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("gb2312", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>
    /// GBK (code page 936): what a page declaring <c>charset=gbk</c> holds; fails on a character
    /// outside GBK.
    /// </summary>
    public static byte[] EncodeGbk(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return Gb.Value.GetBytes(text);
        }
        catch (EncoderFallbackException ex)
        {
            throw new InvalidOperationException(
                $"{what}: U+{(int)ex.CharUnknown:X4} '{ex.CharUnknown}' at character {ex.Index} cannot be encoded as GBK.", ex);
        }
    }

    public static byte[] Encode(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes;
        try
        {
            bytes = Gb.Value.GetBytes(text);
        }
        catch (EncoderFallbackException ex)
        {
            throw new InvalidOperationException(
                $"{what}: U+{(int)ex.CharUnknown:X4} '{ex.CharUnknown}' at character {ex.Index} cannot be encoded as GB2312.", ex);
        }

        // EUC-CN: every non-ASCII byte pair is a lead 0xA1–0xF7 followed by a trail 0xA1–0xFE.
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            if (bytes[i] is < 0xA1 or > 0xF7 || i + 1 == bytes.Length || bytes[i + 1] is < 0xA1 or > 0xFE)
            {
                var character = Gb.Value.GetString(bytes, i, Math.Min(2, bytes.Length - i));
                throw new InvalidOperationException($"{what}: '{character}' at byte {i} is GBK, not GB2312.");
            }

            i++;
        }

        return bytes;
    }
}
