namespace FactEngine.Cli;

/// <summary>Exit codes: part of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>The run completed (some articles may have status "error").</summary>
    public const int Ok = 0;

    /// <summary>check: the rules have errors; test: an example failed; diff: the claims differ.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage, or rules that fail to compile for extract, test, explain and diff.</summary>
    public const int Usage = 2;
}
