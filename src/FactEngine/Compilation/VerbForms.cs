namespace FactEngine.Compilation;

/// <summary>
/// The inflected forms of English verbs, for the <c>~verb</c> pattern atom: base, third person, past,
/// past participle and gerund. Regular verbs follow the spelling rules; irregular ones come from a table.
/// </summary>
public static class VerbForms
{
    // base, past, participle
    private static readonly Dictionary<string, (string Past, string Participle)> Irregular = new(StringComparer.Ordinal)
    {
        ["be"] = ("was", "been"),
        ["have"] = ("had", "had"),
        ["do"] = ("did", "done"),
        ["give"] = ("gave", "given"),
        ["send"] = ("sent", "sent"),
        ["take"] = ("took", "taken"),
        ["bring"] = ("brought", "brought"),
        ["get"] = ("got", "gotten"),
        ["sell"] = ("sold", "sold"),
        ["lend"] = ("lent", "lent"),
        ["buy"] = ("bought", "bought"),
        ["pay"] = ("paid", "paid"),
        ["make"] = ("made", "made"),
        ["hold"] = ("held", "held"),
        ["leave"] = ("left", "left"),
        ["put"] = ("put", "put"),
        ["set"] = ("set", "set"),
        ["let"] = ("let", "let"),
        ["keep"] = ("kept", "kept"),
        ["bear"] = ("bore", "borne"),
        ["forgive"] = ("forgave", "forgiven"),
        ["throw"] = ("threw", "thrown"),
        ["win"] = ("won", "won"),
        ["steal"] = ("stole", "stolen"),
        ["seize"] = ("seized", "seized"),
        ["fly"] = ("flew", "flown"),
        ["drive"] = ("drove", "driven"),
        ["ride"] = ("rode", "ridden"),
        ["come"] = ("came", "come"),
        ["go"] = ("went", "gone"),
        ["say"] = ("said", "said"),
        ["tell"] = ("told", "told"),
        ["find"] = ("found", "found"),
        ["see"] = ("saw", "seen"),
        ["know"] = ("knew", "known"),
        ["run"] = ("ran", "run"),
        ["begin"] = ("began", "begun"),
        ["write"] = ("wrote", "written"),
        ["speak"] = ("spoke", "spoken"),
        ["feed"] = ("fed", "fed"),
        ["deal"] = ("dealt", "dealt"),
        ["spend"] = ("spent", "spent"),
        ["build"] = ("built", "built"),
        ["hand"] = ("handed", "handed"),
    };

    private static readonly HashSet<string> DoublingVerbs = new(StringComparer.Ordinal)
    {
        "transfer", "refer", "prefer", "commit", "admit", "submit", "permit", "occur", "control", "patrol", "equip",
        "ship", "drop", "stop", "plan", "ban", "cut", "get", "let", "put", "set", "run", "win", "begin", "chip",
    };

    private static readonly HashSet<string> PastForms = BuildPastForms();

    /// <summary>All forms of a verb, lower case.</summary>
    public static IReadOnlySet<string> Of(string lemma)
    {
        lemma = lemma.ToLowerInvariant();
        var forms = new HashSet<string>(StringComparer.Ordinal) { lemma, ThirdPerson(lemma), Gerund(lemma) };
        if (Irregular.TryGetValue(lemma, out var irregular))
        {
            forms.Add(irregular.Past);
            forms.Add(irregular.Participle);
            if (lemma == "be")
            {
                forms.UnionWith(["am", "is", "are", "were", "being"]);
            }
        }
        else
        {
            forms.Add(Past(lemma));
        }

        return forms;
    }

    /// <summary>True for a past or past-participle form: an irregular one, or a regular "-ed" word.</summary>
    public static bool IsPastForm(string word) =>
        PastForms.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word != "need");

    private static HashSet<string> BuildPastForms()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, (past, participle)) in Irregular)
        {
            set.Add(past);
            set.Add(participle);
        }

        set.Add("were");
        return set;
    }

    private static string ThirdPerson(string verb) =>
        verb switch
        {
            "have" => "has",
            "do" => "does",
            "go" => "goes",
            "be" => "is",
            _ when verb.EndsWith('y') && !IsVowel(verb[^2]) => verb[..^1] + "ies",
            _ when verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) => verb + "es",
            _ => verb + "s",
        };

    private static string Past(string verb) =>
        verb switch
        {
            _ when verb.EndsWith('e') => verb + "d",
            _ when verb.EndsWith('y') && !IsVowel(verb[^2]) => verb[..^1] + "ied",
            _ when Doubles(verb) => verb + verb[^1] + "ed",
            _ => verb + "ed",
        };

    private static string Gerund(string verb) =>
        verb switch
        {
            "be" or "see" or "flee" or "agree" => verb + "ing",
            _ when verb.EndsWith("ie", StringComparison.Ordinal) => verb[..^2] + "ying",
            _ when verb.EndsWith('e') && verb.Length > 2 => verb[..^1] + "ing",
            _ when Doubles(verb) => verb + verb[^1] + "ing",
            _ => verb + "ing",
        };

    private static bool Doubles(string verb) => DoublingVerbs.Contains(verb);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
