using Gumu.Compliance;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// The namespace of IServiceCollection, as for the framework's own Add… methods: the call is found
// without an extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Gumu.Compliance in a service collection (ASP.NET Core, generic host).</summary>
public static class GumuComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="ReportChecker"/> (a singleton: it is thread-safe and loads
    /// the rule sets once), built from <see cref="IOptions{TOptions}"/> of
    /// <see cref="ReportCheckerOptions"/>. Further <c>services.Configure&lt;ReportCheckerOptions&gt;(…)</c>
    /// calls, before the checker is first resolved, apply as well. Calling it again adds the
    /// configuration and keeps the one registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (language, rule set, limits …); null keeps the defaults.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddGumuCompliance(options =&gt; options.Check.Language = Language.English);
    /// </code>
    /// </example>
    public static IServiceCollection AddGumuCompliance(this IServiceCollection services, Action<ReportCheckerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ReportCheckerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new ReportChecker(provider.GetRequiredService<IOptions<ReportCheckerOptions>>().Value));
        return services;
    }
}
