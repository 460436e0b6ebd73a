namespace FactEngine.Cli;

/// <summary>Finds the rules to use: --rules, else ./rules when it exists, else the pack shipped with the tool.</summary>
internal static class RulesLocator
{
    public static string Locate(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        if (Directory.Exists("rules"))
        {
            return "rules";
        }

        return Path.Combine(AppContext.BaseDirectory, "rules");
    }
}
