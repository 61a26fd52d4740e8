using System.Net.Sockets;
using System.Text;

namespace NightLegCramps.Web.Tests.Security;

/// <summary>Sends bytes exactly as written, for requests HttpClient refuses to make (bad paths, broken headers).</summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string Text)
    {
        public bool HasHeader(string name) =>
            Text.Split("\r\n\r\n", 2)[0].Split("\r\n").Any(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The status code (0 if the server closed without answering) and the whole response as text.</summary>
    public static async Task<Answer> SendAsync(int port, string request, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0) received.Write(buffer, 0, read);
        }
        catch (IOException)
        {
            // The server reset the connection after answering: what arrived is the answer.
        }
        var text = Encoding.Latin1.GetString(received.ToArray());
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(text.AsSpan(9, 3), out var code) ? code : 0;
        return new Answer(status, text);
    }
}
