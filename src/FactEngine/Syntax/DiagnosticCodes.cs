namespace FactEngine.Syntax;

/// <summary>Stable diagnostic codes. Tests assert codes and positions, never the prose.</summary>
public static class DiagnosticCodes
{
    /// <summary>Syntax error: unexpected text.</summary>
    public const string Syntax = "FE0001";

    /// <summary>Reference to an undefined pattern or lexicon (@Name).</summary>
    public const string UndefinedReference = "FE0002";

    /// <summary>Emit names an undefined claim type, or a role its schema does not declare.</summary>
    public const string UndefinedClaimOrRole = "FE0003";

    /// <summary>Two rules with one id.</summary>
    public const string DuplicateRuleId = "FE0004";

    /// <summary>A capture that no role takes.</summary>
    public const string UnboundCapture = "FE0005";

    /// <summary>A capture of one type bound to a role of another.</summary>
    public const string RoleTypeMismatch = "FE0006";

    /// <summary>An import that leaves the rules root.</summary>
    public const string ImportOutsideRoot = "FE0007";

    /// <summary>Files that import each other in a cycle.</summary>
    public const string ImportCycle = "FE0008";

    /// <summary>An unbounded repetition the compiler cannot prove safe.</summary>
    public const string UnboundedRepetition = "FE0009";

    /// <summary>An imported or lexicon file that does not exist or cannot be read.</summary>
    public const string FileNotFound = "FE0010";

    /// <summary>Two definitions (pattern, lexicon, claim) with one name.</summary>
    public const string DuplicateDefinition = "FE0011";

    /// <summary>A regular expression that does not compile.</summary>
    public const string InvalidRegex = "FE0012";

    /// <summary>A pattern that refers to itself.</summary>
    public const string RecursivePattern = "FE0013";

    /// <summary>A required role that the rule binds to nothing.</summary>
    public const string MissingRequiredRole = "FE0014";

    /// <summary>A malformed line in a lexicon TSV file.</summary>
    public const string LexiconFile = "FE0015";

    /// <summary>An emit or binding refers to a capture the pattern does not define.</summary>
    public const string UndefinedCapture = "FE0016";

    /// <summary>A rule without match or emit, or with two of them; a bad option value.</summary>
    public const string InvalidRule = "FE0017";

    /// <summary>A repetition bound that is out of range ({5,2}, or above the limit).</summary>
    public const string InvalidRepetition = "FE0018";

    /// <summary>A cue that has no trigger to refer to, or an unknown cue value.</summary>
    public const string InvalidCue = "FE0019";

    /// <summary>A rule example whose rule does not yield the expected claim.</summary>
    public const string ExampleFailed = "FE0101";

    /// <summary>Warning: a lexicon that nothing refers to.</summary>
    public const string UnusedLexicon = "FE0201";

    /// <summary>Warning: a named pattern or mention rule that nothing refers to.</summary>
    public const string UnusedPattern = "FE0202";

    /// <summary>Warning: a rule with the same pattern as another rule that wins every conflict with it.</summary>
    public const string ShadowedRule = "FE0203";

    /// <summary>Warning: a cue or capture pattern that can match the empty sequence.</summary>
    public const string EmptyMatch = "FE0204";

    /// <summary>Warning: a rule without examples.</summary>
    public const string RuleWithoutExamples = "FE0205";
}
