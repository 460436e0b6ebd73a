using System.CommandLine;

namespace FactEngine.Cli.Commands;

/// <summary><c>factengine score ...</c>: benchmarks against annotated data given on the command line.</summary>
internal static class ScoreCommand
{
    public static Command Create() => new("score", "Score the engine against annotated data (development set, date suites, GENEVA)")
    {
        ScoreHandoversCommand.Create(),
    };
}
