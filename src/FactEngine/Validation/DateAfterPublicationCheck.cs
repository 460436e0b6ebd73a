using FactEngine.Claims;
using FactEngine.Compilation;

namespace FactEngine.Validation;

/// <summary>
/// <c>date-after-publication</c> (error): a positive asserted claim — it happened — dated after the article was
/// published. Compared at the value's grain: the whole period must lie after the publication date, so 2022-02
/// is not after 2022-02-04 but 2022-03 is.
/// </summary>
internal sealed class DateAfterPublicationCheck : ClaimCheck
{
    public override string Id => "date-after-publication";

    protected override IEnumerable<Finding> Check(Claim claim, ValidationContext context)
    {
        if (!claim.IsPositiveAsserted || context.Article.Date is not { } published)
        {
            yield break;
        }

        var schema = context.Schemas.GetValueOrDefault(claim.Type);
        foreach (var (role, values) in claim.Roles)
        {
            if (schema?.Role(role)?.Type is not RoleValueType.Date)
            {
                continue;
            }

            foreach (var value in values)
            {
                if (DatePeriod.Of(value) is { } period && period.First > published)
                {
                    yield return Finding(FindingSeverity.Error,
                        $"{role} {value.Value} (\"{value.Text}\") is after the publication date {published:yyyy-MM-dd}, yet the claim is asserted as done",
                        Span(claim, value));
                }
            }
        }
    }
}
