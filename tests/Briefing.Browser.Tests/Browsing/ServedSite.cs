using System.Net;
using Briefing.Building;
using Briefing.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Briefing.Browser.Tests.Browsing;

/// <summary>
/// A built site written to a temporary folder and served on loopback as a static host serves a published site:
/// the files of the folder under the path of <c>base_url</c>, a folder's <c>index.html</c> (a folder without its
/// slash is redirected), and the site's <c>404.html</c> with status 404. Disposing stops the server and deletes
/// the folder.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private ServedSite(WebApplication app, string folder, Uri root, BuildResult build)
    {
        _app = app;
        _folder = folder;
        Root = root;
        Build = build;
    }

    /// <summary>The address of the site's home page (<c>http://127.0.0.1:port/base/path/</c>).</summary>
    public Uri Root { get; }

    /// <summary>The build that was served.</summary>
    public BuildResult Build { get; }

    /// <summary>The address of output file or folder <paramref name="path"/> (<c>briefings/</c>, <c>404.html</c>); <c>""</c> is the home page.</summary>
    public string Url(string path) => new Uri(Root, path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path).ToString();

    /// <summary>Writes the files of a successful <paramref name="build"/> to a temporary folder and serves them.</summary>
    public static async Task<ServedSite> Start(BuildResult build)
    {
        if (!build.Succeeded) throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', build.Diagnostics));
        var folder = Path.Combine(Directory.CreateTempSubdirectory("briefing-browser-").FullName, "site");
        SiteWriter.Write(folder, build.Files);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var basePath = build.BasePath ?? "/";
        if (basePath == "/") Serve(app, folder);
        else app.Map(basePath.TrimEnd('/'), branch => Serve(branch, folder));
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return new ServedSite(app, folder, new Uri($"http://127.0.0.1:{port}{basePath}"), build);
    }

    private static void Serve(IApplicationBuilder app, string folder)
    {
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Any file the build wrote is served, whatever its extension (a search index's files have their own).
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            var page = files.GetFileInfo("404.html");
            if (!page.Exists) return;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
    }
}
