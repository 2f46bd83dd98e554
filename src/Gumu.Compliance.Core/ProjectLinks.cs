using System.Reflection;

namespace Gumu.Compliance;

/// <summary>
/// The project's canonical home, from the <c>GumuProjectUrl</c> MSBuild property (one edit in
/// Directory.Build.props) through the assembly metadata the build writes into every assembly.
/// Output that links to the project (the SARIF log's informationUri and helpUri) reads it here.
/// </summary>
internal static class ProjectLinks
{
    /// <summary>The project's home page, without a trailing slash.</summary>
    public static string Home { get; } = typeof(ProjectLinks).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GumuProjectUrl").Value!.TrimEnd('/');

    /// <summary>The folder of the rule pages: append "GM1001.md".</summary>
    public static string RulePagesBase => Home + "/blob/main/docs/rules/";
}
