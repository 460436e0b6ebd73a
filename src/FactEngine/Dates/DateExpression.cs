namespace FactEngine.Dates;

/// <summary>The parsed, unresolved form of a date expression (the date grammar's AST root).</summary>
public abstract record DateExpression;

/// <summary>A date expression found in a text, with character offsets into that text.</summary>
public sealed record DateExpressionMatch(int Start, int End, DateExpression Expression);
