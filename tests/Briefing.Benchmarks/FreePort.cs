using System.Net;
using System.Net.Sockets;

namespace Briefing.Benchmarks;

/// <summary>A loopback TCP port nobody listens on, so the servers never collide with others on the shared machine.</summary>
public static class FreePort
{
    /// <summary>A port the system just handed out and released again.</summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
