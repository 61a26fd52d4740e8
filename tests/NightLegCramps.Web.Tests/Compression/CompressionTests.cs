using System.IO.Compression;

namespace NightLegCramps.Web.Tests.Compression;

public sealed class CompressionTests(SharedSite site)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_and_decompress_to_the_same_page(string encoding)
    {
        var client = site.CreateClient();
        var plain = await client.GetByteArrayAsync("/relief", Cancel);

        // Twice: once rendered, once from the cache, which keeps the compressed bytes.
        foreach (var _ in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/relief");
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await client.SendAsync(request, Cancel);
            var body = await response.Content.ReadAsByteArrayAsync(Cancel);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.True(body.Length < plain.Length / 2, $"{encoding}: {body.Length} of {plain.Length} bytes");
            Assert.Equal(plain, Decompress(encoding, body));
        }
    }

    [Fact]
    public async Task A_client_that_asks_for_no_compression_gets_plain_html()
    {
        using var response = await site.CreateClient().GetAsync("/relief", Cancel);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static byte[] Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
