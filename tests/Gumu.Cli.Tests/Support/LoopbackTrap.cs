using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gumu.Cli.Tests.Support;

/// <summary>
/// A listener on 127.0.0.1 that records every connection made to it and whatever bytes each one
/// sends, so a test can prove that a page made no request (and, stricter, opened no connection).
/// </summary>
internal sealed class LoopbackTrap : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<string> received = [];
    private readonly Task loop;
    private int connections;

    public LoopbackTrap()
    {
        listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        loop = AcceptAsync();
    }

    /// <summary>The trap's address, e.g. http://127.0.0.1:40123.</summary>
    public string Url { get; }

    /// <summary>How many TCP connections were opened to the trap.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>The data sent on each connection that sent any (an HTTP request line and headers).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (received)
            {
                return received.ToList();
            }
        }
    }

    /// <summary>Lets connections that are still open finish sending, then stops listening.</summary>
    public async Task CloseAsync()
    {
        await Task.Delay(300);
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var readers = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
                readers.Add(ReadAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(readers);
    }

    private async Task ReadAsync(TcpClient client)
    {
        using (client)
        {
            var buffer = new byte[4096];
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                var count = await client.GetStream().ReadAsync(buffer, limit.Token);
                if (count > 0)
                {
                    lock (received)
                    {
                        received.Add(Encoding.ASCII.GetString(buffer, 0, count));
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
            {
                // Opened but sent nothing in time, or reset: not a request.
            }
        }
    }
}
