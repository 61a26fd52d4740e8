using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace NightLegCramps.Web.Print;

/// <summary>
/// Draws a QR code as one small inline SVG: a single path of the dark modules, one rectangle per run in a row.
/// Kept compact (a topic page has a weight budget) and free of style attributes (the CSP forbids inline style).
/// </summary>
public static class QrCodeSvg
{
    /// <summary>M keeps a printed code readable when the paper is creased or smudged.</summary>
    private const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <summary>The modules QRCoder gives for <paramref name="text"/>, quiet zone included: true is dark.</summary>
    public static bool[][] Modules(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, ErrorCorrection);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    /// <summary>The SVG for <paramref name="text"/>, described for screen readers by <paramref name="label"/>.</summary>
    public static HtmlString Render(string text, string label)
    {
        var modules = Modules(text);
        var size = modules.Length.ToString(CultureInfo.InvariantCulture);
        var svg = new StringBuilder(4096);
        svg.Append("<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(size).Append(' ').Append(size)
            .Append("\" width=\"120\" height=\"120\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"")
            .Append(HtmlEncoder.Default.Encode(label)).Append("\">")
            .Append("<rect width=\"").Append(size).Append("\" height=\"").Append(size).Append("\" fill=\"#fff\"/>")
            .Append("<path fill=\"#000\" d=\"");
        AppendRuns(svg, modules);
        svg.Append("\"/></svg>");
        return new HtmlString(svg.ToString());
    }

    private static void AppendRuns(StringBuilder path, bool[][] modules)
    {
        for (var y = 0; y < modules.Length; y++)
        {
            var row = modules[y];
            for (var x = 0; x < row.Length; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < row.Length && row[x + 1]) x++;
                var run = x - start + 1;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{run}v1h-{run}z");
            }
        }
    }
}
