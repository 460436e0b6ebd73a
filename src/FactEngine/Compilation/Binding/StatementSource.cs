using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>A statement with the file it came from and that file's load order.</summary>
internal sealed record StatementSource<T>(T Statement, SourceText Source, string FullPath, int FileOrder)
    where T : StatementSyntax;
