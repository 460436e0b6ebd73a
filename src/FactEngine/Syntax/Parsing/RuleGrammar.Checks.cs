using FactEngine.Syntax.Ast;
using Sprache;

namespace FactEngine.Syntax.Parsing;

internal static partial class RuleGrammar
{
    private static Parser<string> CheckOperator => field ??=
        Sym("!=").Or(Sym("==")).Or(Sym("<=")).Or(Sym(">=")).Or(Sym("<")).Or(Sym(">"))
            .Named("comparison (==, !=, <, <=, > or >=)");

    private static Parser<CheckOperandSyntax> CheckOperand => field ??=
        (from offset in Offset
         from date in DateLiteral
         select (CheckOperandSyntax)new DateOperandSyntax(offset, date))
        .Or(from offset in Offset
            from text in String
            select (CheckOperandSyntax)new TextOperandSyntax(offset, text))
        .Or(from offset in Offset
            from role in Name
            select (CheckOperandSyntax)new RoleOperandSyntax(offset, role))
        .Named("role, date YYYY-MM-DD or quoted text");

    private static Parser<string> Severity => field ??=
        Keyword("error").Or(Keyword("warning")).Or(Keyword("info")).Named("severity (error, warning or info)");

    /// <summary><c>check handover.old-date: handover when &gt;= 1900-01-01 warning;</c></summary>
    private static Parser<StatementSyntax> Check => field ??=
        from offset in Offset
        from keyword in Keyword("check")
        from id in RuleId
        from colon in Sym(':')
        from typeOffset in Offset
        from claimType in Name
        from roleOffset in Offset
        from role in Name
        from op in CheckOperator
        from operand in CheckOperand
        from severity in Severity.XOptional()
        from semicolon in Sym(';')
        select (StatementSyntax)new CheckSyntax(offset, id, claimType, typeOffset, role, roleOffset, op, operand,
            severity.GetOrElse("warning"));
}
