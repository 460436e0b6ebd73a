using FactEngine.Dates;

namespace FactEngine.Composition;

/// <summary>Options for <c>services.AddFactEngine(o =&gt; o.RulesFrom("rules"))</c>.</summary>
public sealed class FactEngineOptions
{
    /// <summary>The rules folder (or one rules file); defaults to "rules".</summary>
    public string RulesPath { get; set; } = "rules";

    public DateMode DateMode { get; set; } = DateMode.News;

    public bool IncludeMentions { get; set; }

    /// <summary>Reads rules from a folder (every *.rules file in it) or from one rules file and its imports.</summary>
    public FactEngineOptions RulesFrom(string path)
    {
        RulesPath = path;
        return this;
    }
}
