using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SignalHub.Tests.Ingestion.Calendar;

/// <summary>A one-message SMTP relay on loopback: accepts whatever it is sent and keeps the raw message.</summary>
internal sealed class SmtpRelay : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public SmtpRelay()
    {
        _listener.Start();
        Received = ServeOneAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The DATA of the one message, as the client sent it.</summary>
    public Task<string> Received { get; }

    public void Dispose() => _listener.Dispose();

    private async Task<string> ServeOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 relay.test ESMTP");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } body && body != ".")
                    data.AppendLine(body);
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync("250 ok");
            }
        }
        return data.ToString();
    }
}
