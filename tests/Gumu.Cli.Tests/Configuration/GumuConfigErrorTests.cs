using System.Text;
using Gumu.Cli.Configuration;
using Gumu.Cli.Tests.Docs;
using Gumu.Compliance;

using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Configuration;

/// <summary>Every way a gumu.json can be wrong gives an error that names the file and the key.</summary>
public sealed class GumuConfigErrorTests
{
    private static readonly string SomeFile = Path.Combine(Path.GetTempPath(), "cfg", "gumu.json");

    public static TheoryData<string, string?, string> BadFiles => new()
    {
        // Whole file.
        { "", null, "the file is empty; write {} for no settings" },
        { "  \n ", null, "the file is empty; write {} for no settings" },
        { "[]", null, "the top level must be a JSON object {…}, not an array" },
        { "\"yunnan-2018\"", null, "the top level must be a JSON object {…}, not a string" },
        { "{ \"lang\": \"zh\" ", null, "not valid JSON: " },
        { "{ lang: \"zh\" }", null, "not valid JSON: " },

        // Keys.
        { "{ \"language\": \"en\" }", "language", "unknown key (did you mean \"lang\"?); known keys: $schema, ruleSet, ruleSetsByYear, rules, deadline, deadlines, lang" },
        { "{ \"RuleSet\": \"yunnan-2018\" }", "RuleSet", "unknown key (did you mean \"ruleSet\"?); known keys: $schema, ruleSet, ruleSetsByYear, rules, deadline, deadlines, lang" },
        { "{ \"severities\": {} }", "severities", "unknown key (did you mean \"rules\"?); known keys: $schema, ruleSet, ruleSetsByYear, rules, deadline, deadlines, lang" },
        { "{ \"format\": \"json\" }", "format", "unknown key; known keys: $schema, ruleSet, ruleSetsByYear, rules, deadline, deadlines, lang" },
        { "{ \"lang\": \"zh\", \"lang\": \"en\" }", "lang", "the key appears more than once" },

        // $schema.
        { "{ \"$schema\": 1 }", "$schema", "must be a string, not the number 1" },

        // ruleSet.
        { "{ \"ruleSet\": 2018 }", "ruleSet", "must be a string, not the number 2018" },
        { "{ \"ruleSet\": null }", "ruleSet", "must be a string, not null" },
        { "{ \"ruleSet\": \"\" }", "ruleSet", "\"\" is neither a rule set name nor a path" },
        { "{ \"ruleSet\": \" yunnan-2018\" }", "ruleSet", "\" yunnan-2018\" is neither a rule set name nor a path" },

        // ruleSetsByYear.
        { "{ \"ruleSetByYear\": {} }", "ruleSetByYear", "unknown key (did you mean \"ruleSetsByYear\"?)" },
        { "{ \"ruleSetsByYear\": [\"yunnan-2018\"] }", "ruleSetsByYear", "must be an object such as { \"2018\": \"yunnan-2018\" }, not an array" },
        { "{ \"ruleSetsByYear\": { \"18\": \"yunnan-2018\" } }", "ruleSetsByYear.18", "\"18\" is not a year or a range of years; write \"2018\" or \"2019-2020\"" },
        { "{ \"ruleSetsByYear\": { \"2020-2019\": \"national-2019\" } }", "ruleSetsByYear.2020-2019", "\"2020-2019\" is not a year or a range of years" },
        { "{ \"ruleSetsByYear\": { \"2019-2020\": \"national-2019\", \"2020\": \"national-2021\" } }", "ruleSetsByYear.2020", "the years overlap an earlier entry" },
        { "{ \"ruleSetsByYear\": { \"2018\": \"auto\" } }", "ruleSetsByYear.2018", "must be a built-in rule set's name or a rule-set file's path" },
        { "{ \"ruleSetsByYear\": { \"2018\": 2018 } }", "ruleSetsByYear.2018", "must be a string, not the number 2018" },

        // rules.
        { "{ \"rules\": [\"GM1003\"] }", "rules", "must be an object such as { \"GM1003\": \"off\" }, not an array" },
        { "{ \"rules\": { \"GM9999\": \"off\" } }", "rules.GM9999", "no rule has the id \"GM9999\"; rule ids look like GM1003, and gumu rules lists them all" },
        { "{ \"rules\": { \"MD001\": \"off\" } }", "rules.MD001", "no rule has the id \"MD001\"" },
        { "{ \"rules\": { \"gm1003\": \"off\" } }", "rules.gm1003", "use the rule id \"GM1003\" (section-title-deviates) as the key" },
        { "{ \"rules\": { \"section-title-deviates\": \"off\" } }", "rules.section-title-deviates", "use the rule id \"GM1003\" (section-title-deviates) as the key" },
        { "{ \"rules\": { \"GM1003\": \"warn\" } }", "rules.GM1003", "\"warn\" is not a severity; use \"off\", \"error\", \"warning\" or \"info\"" },
        { "{ \"rules\": { \"GM1003\": \"Warning\" } }", "rules.GM1003", "\"Warning\" is not a severity" },
        { "{ \"rules\": { \"GM1003\": false } }", "rules.GM1003", "the boolean false is not a severity" },
        { "{ \"rules\": { \"GM1003\": null } }", "rules.GM1003", "null is not a severity" },
        { "{ \"rules\": { \"GM1003\": 0 } }", "rules.GM1003", "the number 0 is not a severity" },
        { "{ \"rules\": { \"GM1003\": \"off\", \"GM1003\": \"info\" } }", "rules.GM1003", "the key appears more than once" },
        { "{ \"rules\": { \"GM0001\": \"off\" } }", "rules.GM0001", "input rules (GM0001–GM0005) cannot be switched off" },
        { "{ \"rules\": { \"GM0005\": \"off\" } }", "rules.GM0005", "input rules (GM0001–GM0005) cannot be switched off" },

        // deadline.
        { "{ \"deadline\": \"2019/03/31\" }", "deadline", "\"2019/03/31\" is not a valid date; write YYYY-MM-DD, e.g. \"2019-03-31\"" },
        { "{ \"deadline\": \"2019-02-30\" }", "deadline", "\"2019-02-30\" is not a valid date" },
        { "{ \"deadline\": \"2019-3-31\" }", "deadline", "\"2019-3-31\" is not a valid date" },
        { "{ \"deadline\": \"{Y+1}-03-31\" }", "deadline", "\"{Y+1}-03-31\" is not a valid date" },
        { "{ \"deadline\": 20190331 }", "deadline", "must be a string, not the number 20190331" },

        // deadlines.
        { "{ \"deadlines\": \"{Y+1}-01-31\" }", "deadlines", "must be an object such as { \"township\": \"{Y+1}-01-26\" }, not a string" },
        { "{ \"deadlines\": { \"town\": \"{Y+1}-01-26\" } }", "deadlines.town", "\"town\" is not a kind of issuing body; known: township, subdistrict, department, government" },
        { "{ \"deadlines\": { \"township\": \"{Y+1}-1-26\" } }", "deadlines.township", "\"{Y+1}-1-26\" is not a valid deadline" },
        { "{ \"deadlines\": { \"township\": 20260126 } }", "deadlines.township", "must be a string, not the number 20260126" },

        // lang.
        { "{ \"lang\": \"zh-CN\" }", "lang", "\"zh-CN\" is not a supported language; use \"zh\" or \"en\"" },
        { "{ \"lang\": \"EN\" }", "lang", "\"EN\" is not a supported language" },
        { "{ \"lang\": true }", "lang", "must be a string, not the boolean true" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_an_error_naming_the_file_and_the_key(string json, string? key, string message)
    {
        var act = () => GumuConfigLoader.Parse(json, SomeFile);

        var error = act.Should().Throw<GumuConfigException>().Which;
        error.Origin.Should().Be(Path.GetFullPath(SomeFile));
        error.Key.Should().Be(key);
        error.Text.En.Should().StartWith(message);
        error.Text.Zh.Should().NotBeNullOrWhiteSpace();
        error.Format(Language.English).Should().StartWith(key is null ? $"{error.Origin}: {message}" : $"{error.Origin}: {key}: {message}");
        error.Format(Language.Chinese).Should().StartWith(key is null ? $"{error.Origin}: " : $"{error.Origin}: {key}: ");
    }

    [Fact]
    public void Invalid_JSON_says_where_in_Chinese_too()
    {
        var act = () => GumuConfigLoader.Parse("{\n  \"lang\": \"zh\"\n  \"rules\": {}\n}", SomeFile);

        act.Should().Throw<GumuConfigException>().Which.Text.Zh.Should().Be("不是有效的 JSON（第 3 行第 3 字节附近）");
    }

    [Fact]
    public void A_file_saved_as_GBK_is_an_error_asking_for_UTF8()
    {
        var gbk = CodePagesEncoding().GetBytes("{ \"deadline\": \"2019-03-31\" } // 青山市");

        var act = () => GumuConfigLoader.Parse(gbk, SomeFile);

        act.Should().Throw<GumuConfigException>().Which.Text.Should().Be(new Gumu.Compliance.Findings.LocalizedText(
            "文件不是 UTF-8 编码；请以 UTF-8 保存", "the file is not UTF-8 encoded; save it as UTF-8"));
    }

    [Fact]
    public void The_error_examples_of_the_configuration_page_are_real_messages()
    {
        var page = File.ReadAllText(TestPaths.ConfigurationPage);
        string[] zh = ["{ \"rules\": { \"GM1003\": \"warn\" } }", "{ \"language\": \"en\" }", "{ \"deadline\": \"2019/03/31\" }"];
        foreach (var json in zh)
        {
            page.Should().Contain("gumu.json: " + Message(json, Language.Chinese), because: "the page shows the error for " + json);
        }

        page.Should().Contain("gumu.json: " + Message("{ \"rules\": { \"GM0001\": \"off\" } }", Language.English));
    }

    [Fact]
    public void TryResolveCheckerOptions_writes_the_error_in_the_flag_language_and_returns_false()
    {
        using var folder = new TempFolder();
        var path = folder.Write("gumu.json", "{ \"lang\": \"fr\" }");
        using var error = new StringWriter();

        var ok = GumuConfigLoader.TryResolveCheckerOptions(null, new CommandLineSettings(Language: Language.English), folder.Path, error, out var options);

        ok.Should().BeFalse();
        options.Should().BeNull();
        error.ToString().Should().Be($"{path}: lang: \"fr\" is not a supported language; use \"zh\" or \"en\"\n");
    }

    [Fact]
    public void TryResolveCheckerOptions_writes_Chinese_without_a_lang_flag()
    {
        using var folder = new TempFolder();
        var path = folder.Write("gumu.json", "{ \"lang\": \"fr\" }");
        using var error = new StringWriter();

        GumuConfigLoader.TryResolveCheckerOptions(null, new CommandLineSettings(), folder.Path, error, out _).Should().BeFalse();

        error.ToString().Should().Be($"{path}: lang: “fr”不是支持的语言；应为 \"zh\" 或 \"en\"\n");
    }

    private static string Message(string json, Language language)
    {
        try
        {
            GumuConfigLoader.Parse(json, SomeFile);
        }
        catch (GumuConfigException e)
        {
            return e.Key + ": " + e.Text.In(language);
        }

        throw new InvalidOperationException(json + " should be refused");
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
