using System.Collections;
using System.Runtime.CompilerServices;

namespace FactEngine.Testing;

/// <summary>
/// One actor or several, as an assertion expects them: <c>giver: "United States"</c> or
/// <c>giver: ["United States", "NATO"]</c>. Each is matched by canonical value or by text, ignoring case.
/// </summary>
[CollectionBuilder(typeof(ActorList), nameof(Create))]
public sealed class ActorList(IReadOnlyList<string> names) : IEnumerable<string>
{
    public IReadOnlyList<string> Names => names;

    public static ActorList Create(ReadOnlySpan<string> names) => new(names.ToArray());

    public static implicit operator ActorList(string name) => new([name]);

    public static implicit operator ActorList(string[] names) => new(names);

    public IEnumerator<string> GetEnumerator() => names.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => names.Count == 1 ? names[0] : $"[{string.Join(", ", names)}]";
}
