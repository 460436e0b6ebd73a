using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Reading;

namespace FactEngine.Validation;

/// <summary>What a check sees: the article, its claims (in output order) and the rule set's schemas and checks.</summary>
internal sealed record ValidationContext(Article Article, IReadOnlyList<Claim> Claims, CompiledRuleSet Rules)
{
    public IReadOnlyDictionary<string, ClaimSchema> Schemas => Rules.Schemas;
}
