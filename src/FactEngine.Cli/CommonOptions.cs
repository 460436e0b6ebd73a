using System.CommandLine;
using System.Globalization;
using FactEngine.Dates;

namespace FactEngine.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "Rules folder (every *.rules file in it) or one rules file; default ./rules, else the bundled pack",
    };

    /// <summary>Article inputs: files, folders (read recursively), or - for stdin where the command reads it.</summary>
    public static Argument<string[]> Inputs(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The publication date of articles that state none.</summary>
    public static Option<DateOnly?> PlainTextDate() =>
        Date("Publication date for articles that state none (plain text), YYYY-MM-DD");

    public static Option<DateOnly?> Date(string description) => new("--date")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--date expects YYYY-MM-DD, got '{text}'");
            return null;
        },
    };

    public static Option<DateMode> DateMode() => new("--date-mode")
    {
        Description = "How bare dates resolve: news (past-leaning, against the publication date) or forward (next occurrence)",
        DefaultValueFactory = _ => Dates.DateMode.News,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "news";
            switch (text)
            {
                case "news":
                    return Dates.DateMode.News;
                case "forward":
                    return Dates.DateMode.Forward;
                default:
                    result.AddError($"--date-mode expects news or forward, got '{text}'");
                    return Dates.DateMode.News;
            }
        },
    };
}
