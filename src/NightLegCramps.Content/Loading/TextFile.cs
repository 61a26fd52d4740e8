using System.Text;
using NightLegCramps.Content.Checking;

namespace NightLegCramps.Content.Loading;

/// <summary>Decodes a content file as strict UTF-8, naming the line of the first bad byte.</summary>
internal static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, FindingList findings)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            findings.Error(LineAt(bytes, nul), "file looks binary (it contains a NUL byte). Content files must be Markdown text.");
            return null;
        }
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var index = e.Index >= 0 ? FirstInvalidByte(bytes) : 0;
            findings.Error(LineAt(bytes, index), "file is not valid UTF-8 text. Save it again with UTF-8 encoding in your editor.");
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var decoder = Strict.GetDecoder();
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }
        return bytes.Length - 1;
    }

    private static int LineAt(byte[] bytes, int index) =>
        1 + bytes.AsSpan(0, Math.Clamp(index, 0, bytes.Length)).Count((byte)'\n');
}
