using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Testing;

namespace Converter.Html.Tests;

/// <summary>
/// A headless Chromium driven over the DevTools protocol: loads a page from a file and reports what the browser made
/// of it (the rendered text, the heading outline, ids, links, computed styles). One browser per test collection.
/// </summary>
internal sealed class Chromium : IDisposable
{
    public static string? Executable { get; } =
        Requirement.OnPath("chromium") ?? Requirement.OnPath("chromium-browser") ?? Requirement.OnPath("google-chrome");

    public const string MissingMessage = "Chromium is not installed (apt-get install chromium; .ci/run installs it)";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Runs in the page; everything the tests read comes back as one JSON string.
    private const string ReportScript = """
        JSON.stringify({
          text: document.body.innerText,
          headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => ({ level: +h.tagName[1], text: h.innerText })),
          ids: [...document.querySelectorAll('[id]')].map(e => ({ id: e.id, tag: e.localName })),
          links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
          lang: document.documentElement.lang,
          title: document.title,
          scripts: document.scripts.length,
          resources: performance.getEntriesByType('resource').length,
          fontFamily: getComputedStyle(document.body).fontFamily,
          lineBreak: getComputedStyle(document.body).lineBreak,
          textAlign: getComputedStyle(document.body).textAlign,
          hyphens: getComputedStyle(document.body).hyphens
        })
        """;

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly object _gate = new();
    private string _session = "";
    private int _nextId;

    private Chromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Starts a headless browser with a fresh profile and opens one page.</summary>
    public static Chromium Start()
    {
        Assert.True(Executable is not null, MissingMessage);
        var profile = Directory.CreateTempSubdirectory("converter-chromium-").FullName;
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                     "--disable-dev-shm-usage", // containers often have a small /dev/shm
                     "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
                 })
            start.ArgumentList.Add(arg);
        // Chromium's sandbox refuses to run as root.
        if (Environment.UserName == "root") start.ArgumentList.Insert(0, "--no-sandbox");
        var process = Process.Start(start)!;
        var browser = new Chromium(process, profile);
        try
        {
            browser.Connect();
            return browser;
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    private void Connect()
    {
        _ = _process.StandardOutput.ReadToEndAsync();
        string? url = null;
        var lines = new StringBuilder();
        var reading = Task.Run(() =>
        {
            while (_process.StandardError.ReadLine() is { } line)
            {
                lines.AppendLine(line);
                const string Prefix = "DevTools listening on ";
                if (line.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    url = line[Prefix.Length..].Trim();
                    return;
                }
            }
        });
        Assert.True(reading.Wait(Timeout) && url is not null, "Chromium did not start its DevTools server:\n" + lines);
        _ = _process.StandardError.ReadToEndAsync(); // keep draining so the browser never blocks on a full pipe
        _socket.ConnectAsync(new Uri(url!), CancellationToken.None).WaitAsync(Timeout).GetAwaiter().GetResult();

        var target = Call("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null);
        var attached = Call("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null);
        _session = attached["sessionId"]!.GetValue<string>();
        Call("Page.enable", new JsonObject(), _session);
    }

    /// <summary>Loads the file and returns what the browser rendered.</summary>
    public PageReport Load(string path)
    {
        lock (_gate)
        {
            var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
            var navigated = Call("Page.navigate", new JsonObject { ["url"] = url }, _session,
                e => e["method"]?.GetValue<string>() == "Page.loadEventFired" && e["sessionId"]?.GetValue<string>() == _session);
            Assert.True(navigated["errorText"] is null, $"navigation failed: {navigated["errorText"]}");
            var evaluated = Call("Runtime.evaluate", new JsonObject { ["expression"] = ReportScript, ["returnByValue"] = true }, _session);
            Assert.True(evaluated["exceptionDetails"] is null, $"script failed: {evaluated["exceptionDetails"]}");
            var json = evaluated["result"]!["value"]!.GetValue<string>();
            return JsonSerializer.Deserialize<PageReport>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
    }

    /// <summary>Sends one command and waits for its answer (and, when asked, for an event after it).</summary>
    private JsonNode Call(string method, JsonObject parameters, string? session, Func<JsonNode, bool>? waitForEvent = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null) message["sessionId"] = session;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(Timeout).GetAwaiter().GetResult();

        JsonNode? result = null;
        var eventSeen = waitForEvent is null;
        while (result is null || !eventSeen)
        {
            var received = Receive();
            if (received["id"]?.GetValue<int>() == id)
            {
                Assert.True(received["error"] is null, $"{method}: {received["error"]}");
                result = received["result"] ?? new JsonObject();
            }
            else if (waitForEvent is not null && waitForEvent(received))
            {
                eventSeen = true;
            }
        }
        return result;
    }

    private JsonNode Receive()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var part = _socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Timeout).GetAwaiter().GetResult();
            Assert.True(part.MessageType != WebSocketMessageType.Close, "Chromium closed the DevTools connection");
            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage) return JsonNode.Parse(message.ToArray())!;
        }
    }

    public void Dispose()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                _socket.SendAsync(Encoding.UTF8.GetBytes("{\"id\":0,\"method\":\"Browser.close\"}"), WebSocketMessageType.Text, true, CancellationToken.None)
                    .Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or AggregateException or ObjectDisposedException)
        {
            // The process is ended below either way.
        }
        if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _socket.Dispose();
        try { Directory.Delete(_profile, recursive: true); }
        catch (IOException) { /* a child process may still hold a file for a moment; the temp folder is cleaned later */ }
    }
}

/// <summary>What the browser made of a page.</summary>
internal sealed record PageReport(
    string Text, List<HeadingReport> Headings, List<IdReport> Ids, List<string> Links, string Lang, string Title,
    int Scripts, int Resources, string FontFamily, string LineBreak, string TextAlign, string Hyphens);

internal sealed record HeadingReport(int Level, string Text);

internal sealed record IdReport(string Id, string Tag);

/// <summary>One browser for all tests of the collection, started on first use.</summary>
public sealed class ChromiumFixture : IDisposable
{
    private readonly Lazy<Chromium> _browser = new(Chromium.Start);

    internal Chromium Browser => _browser.Value;

    public void Dispose()
    {
        if (_browser.IsValueCreated) _browser.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "chromium";
}

/// <summary>A fact that needs Chromium: skipped with a message when it is missing, failing when <c>CI</c> is set.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Requirement.SkipReason(Chromium.Executable is not null, Chromium.MissingMessage);
}

/// <summary>A theory that needs Chromium: skipped with a message when it is missing, failing when <c>CI</c> is set.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = Requirement.SkipReason(Chromium.Executable is not null, Chromium.MissingMessage);
}
