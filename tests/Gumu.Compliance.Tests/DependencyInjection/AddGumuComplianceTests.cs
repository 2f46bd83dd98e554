using Gumu.Compliance.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gumu.Compliance.Tests.DependencyInjection;

public sealed class AddGumuComplianceTests
{
    private static readonly string Compliant = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.txt"));

    [Fact]
    public void The_checker_is_one_shared_instance_with_the_configured_options()
    {
        using var provider = new ServiceCollection()
            .AddGumuCompliance(options => options.Check.Language = Language.English)
            .BuildServiceProvider();

        var checker = provider.GetRequiredService<ReportChecker>();

        checker.Should().BeSameAs(provider.GetRequiredService<ReportChecker>());
        checker.Options.Check.Language.Should().Be(Language.English);
        provider.GetRequiredService<IOptions<ReportCheckerOptions>>().Value.Check.Language.Should().Be(Language.English);
    }

    [Fact]
    public void Without_configuration_the_defaults_apply_Chinese_messages()
    {
        using var provider = new ServiceCollection().AddGumuCompliance().BuildServiceProvider();

        var result = provider.GetRequiredService<ReportChecker>().CheckText("兰溪镇人民政府2018年政府信息公开工作年度报告\n一、概述\n", "short.txt");

        result.Findings.Should().NotBeEmpty();
        result.Findings.Should().OnlyContain(f => f.Message.Any(c => c >= '\u4e00' && c <= '\u9fff'));
    }

    [Fact]
    public void Configure_calls_of_the_app_and_repeated_registration_combine_into_one_checker()
    {
        var services = new ServiceCollection()
            .AddGumuCompliance(options => options.PerFileTimeout = TimeSpan.FromSeconds(5))
            .AddGumuCompliance();
        services.Configure<ReportCheckerOptions>(options => options.Check.Language = Language.English);
        using var provider = services.BuildServiceProvider();

        var checker = provider.GetRequiredService<ReportChecker>();

        services.Count(d => d.ServiceType == typeof(ReportChecker)).Should().Be(1);
        checker.Options.PerFileTimeout.Should().Be(TimeSpan.FromSeconds(5));
        checker.Options.Check.Language.Should().Be(Language.English);
        checker.CheckText(Compliant, "a.txt").Findings.Should().BeEmpty();
    }

    [Fact]
    public void Changing_the_options_object_afterwards_does_not_change_a_checker_in_use()
    {
        var options = new ReportCheckerOptions();
        var checker = new ReportChecker(options);

        options.Check.Language = Language.English;
        options.PerFileTimeout = null;

        checker.Options.Check.Language.Should().Be(Language.Chinese);
        checker.Options.PerFileTimeout.Should().Be(TimeSpan.FromSeconds(60));
        ReportCheckerOptions.Default.Check.Language.Should().Be(Language.Chinese);
    }
}
