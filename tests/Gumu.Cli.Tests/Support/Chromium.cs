namespace Gumu.Cli.Tests.Support;

/// <summary>
/// Runs Debian's <c>chromium</c> (or the program named by GUMU_CHROMIUM) headless, with a new
/// profile folder each time, no network services, and a hard time limit after which the whole
/// process tree is killed.
/// </summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly string[] CommonArguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-extensions",
        "--disable-default-apps",
        "--disable-dev-shm-usage",
        "--mute-audio",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",

        // Console messages (and CSP violation reports) go to stderr, where tests can look for them.
        "--enable-logging=stderr",
        "--v=0",
    ];

    /// <summary>The browser to run, or null when none is installed.</summary>
    public static string? Executable { get; } = Locate();

    /// <summary>Why browser tests are skipped when <see cref="Executable"/> is null.</summary>
    public static string SkipReason =>
        "Chromium is not installed (" + DefaultPath + " not found; set GUMU_CHROMIUM to another path). " +
        "Install it with: apt-get install -y chromium";

    /// <summary>
    /// Loads the URL, lets its scripts run for the given virtual time, and returns the DOM as
    /// Chromium serialises it.
    /// </summary>
    public static Task<ProcessRun> DumpDomAsync(string workFolder, Uri url, int virtualTimeMilliseconds = 3000, int width = 1280, int height = 900) =>
        RunAsync(workFolder, [
            "--run-all-compositor-stages-before-draw",
            "--window-size=" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + height.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--virtual-time-budget=" + virtualTimeMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dump-dom",
            url.AbsoluteUri,
        ]);

    /// <summary>Renders the URL into a PNG file.</summary>
    public static Task<ProcessRun> ScreenshotAsync(string workFolder, Uri url, string pngPath, int width, int height, int virtualTimeMilliseconds = 3000) =>
        RunAsync(workFolder, [
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=" + virtualTimeMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--window-size=" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + height.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--screenshot=" + pngPath,
            url.AbsoluteUri,
        ]);

    /// <summary>Prints the URL to a PDF file, as a person printing the page would (the page's own @page rules apply).</summary>
    public static Task<ProcessRun> PrintToPdfAsync(string workFolder, Uri url, string pdfPath) =>
        RunAsync(workFolder, [
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=3000",
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdfPath,
            url.AbsoluteUri,
        ]);

    /// <summary>Runs the browser once; throws <see cref="TimeoutException"/> (after killing it) when it does not finish in time.</summary>
    public static async Task<ProcessRun> RunAsync(string workFolder, IEnumerable<string> arguments)
    {
        var executable = Executable ?? throw new InvalidOperationException(SkipReason);
        var profile = Path.Combine(workFolder, "profile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(profile);
        try
        {
            return await BoundedProcess.RunAsync(executable, [.. CommonArguments, "--user-data-dir=" + profile, .. arguments], workFolder, Timeout);
        }
        finally
        {
            TempFolder.DeleteBestEffort(profile);
        }
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("GUMU_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists(DefaultPath) ? DefaultPath : null;
    }
}

/// <summary>A fact that needs headless Chromium: skipped, with the reason, when it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.SkipReason;
        }
    }
}

/// <summary>A theory that needs headless Chromium: skipped, with the reason, when it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.SkipReason;
        }
    }
}
