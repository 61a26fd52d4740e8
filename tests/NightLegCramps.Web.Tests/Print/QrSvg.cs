using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using QRCoder;

namespace NightLegCramps.Web.Tests.Print;

/// <summary>Reads the dark modules back out of a QR code SVG, to check it encodes the address it should.</summary>
public static partial class QrSvg
{
    /// <summary>The modules the SVG draws: each <c>M x y h n v1 h-n z</c> is a run of n dark modules in row y.</summary>
    public static bool[][] Modules(IElement svg)
    {
        var size = int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var modules = Enumerable.Range(0, size).Select(_ => new bool[size]).ToArray();
        var path = svg.QuerySelector("path")!.GetAttribute("d")!;
        foreach (Match run in Run().Matches(path))
        {
            var x = int.Parse(run.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(run.Groups[2].Value, CultureInfo.InvariantCulture);
            var length = int.Parse(run.Groups[3].Value, CultureInfo.InvariantCulture);
            for (var i = 0; i < length; i++) modules[y][x + i] = true;
        }
        return modules;
    }

    /// <summary>What QRCoder itself makes for the text, quiet zone included, at the error correction we print with.</summary>
    public static bool[][] Expected(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    public static void AssertEncodes(string expectedText, IElement svg)
    {
        var expected = Expected(expectedText);
        var actual = Modules(svg);
        Assert.Equal(expected.Length, actual.Length);
        for (var y = 0; y < expected.Length; y++) Assert.Equal(expected[y], actual[y]);
    }

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\3z")]
    private static partial Regex Run();
}
