using FactEngine.Claims;
using FactEngine.Extraction;

namespace FactEngine.Validation;

/// <summary>Counts findings per check over a run, for the summary line of <c>factengine extract</c>.</summary>
public sealed class FindingSummary
{
    private readonly SortedDictionary<string, int> _byCheck = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _bySeverity = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> ByCheck => _byCheck;

    public IReadOnlyDictionary<string, int> BySeverity => _bySeverity;

    public void Add(ArticleExtraction extraction)
    {
        foreach (var finding in extraction.Findings.Concat(extraction.Claims.SelectMany(c => c.Findings)))
        {
            Add(finding);
        }
    }

    public void Add(Finding finding)
    {
        _byCheck[finding.Check] = _byCheck.GetValueOrDefault(finding.Check) + 1;
        _bySeverity[finding.Severity] = _bySeverity.GetValueOrDefault(finding.Severity) + 1;
    }

    /// <summary><c>findings: conflict 2, self-transfer 1 (error 1, warning 2)</c>, or <c>findings: none</c>.</summary>
    public override string ToString() =>
        _byCheck.Count == 0
            ? "findings: none"
            : $"findings: {string.Join(", ", _byCheck.Select(p => $"{p.Key} {p.Value}"))} ({string.Join(", ", _bySeverity.Select(p => $"{p.Key} {p.Value}"))})";
}
