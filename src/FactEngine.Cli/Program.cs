using System.CommandLine;
using FactEngine.Cli;
using FactEngine.Cli.Commands;

var root = new RootCommand("FactEngine: turns news articles into checkable claims with rules written as plain text.")
{
    ExtractCommand.Create(),
    CheckCommand.Create(),
    TestCommand.Create(),
    ExplainCommand.Create(),
    DiffCommand.Create(),
    ScoreCommand.Create(),
    BenchCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"factengine: {error.Message}");
    }

    Console.Error.WriteLine("Run 'factengine --help' for usage.");
    return ExitCodes.Usage;
}

return parse.Invoke();
