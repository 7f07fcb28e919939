namespace Briefing.Benchmarks;

/// <summary>The fixed word lists the generator draws from; changing any of them changes every corpus.</summary>
public static class CorpusVocabulary
{
    /// <summary>Real countries (ISO 3166-1 alpha-2), including <c>NO</c>, which YAML 1.1 reads as false unless quoted.</summary>
    public static readonly IReadOnlyList<SyntheticCountry> Countries =
    [
        new("AZ", "Azerbaijan"), new("AM", "Armenia"), new("GE", "Georgia"), new("IR", "Iran"),
        new("IQ", "Iraq"), new("IL", "Israel"), new("TR", "Türkiye"), new("RU", "Russia"),
        new("UA", "Ukraine"), new("BY", "Belarus"), new("KZ", "Kazakhstan"), new("UZ", "Uzbekistan"),
        new("TM", "Turkmenistan"), new("KG", "Kyrgyzstan"), new("TJ", "Tajikistan"), new("AF", "Afghanistan"),
        new("PK", "Pakistan"), new("IN", "India"), new("CN", "China"), new("JP", "Japan"),
        new("KR", "South Korea"), new("MN", "Mongolia"), new("SA", "Saudi Arabia"), new("AE", "United Arab Emirates"),
        new("QA", "Qatar"), new("KW", "Kuwait"), new("OM", "Oman"), new("BH", "Bahrain"),
        new("JO", "Jordan"), new("LB", "Lebanon"), new("SY", "Syria"), new("EG", "Egypt"),
        new("US", "United States"), new("CA", "Canada"), new("MX", "Mexico"), new("BR", "Brazil"),
        new("GB", "United Kingdom"), new("FR", "France"), new("DE", "Germany"), new("IT", "Italy"),
        new("ES", "Spain"), new("NL", "Netherlands"), new("BE", "Belgium"), new("CH", "Switzerland"),
        new("AT", "Austria"), new("PL", "Poland"), new("CZ", "Czechia"), new("HU", "Hungary"),
        new("RO", "Romania"), new("BG", "Bulgaria"), new("GR", "Greece"), new("CY", "Cyprus"),
        new("RS", "Serbia"), new("MD", "Moldova"), new("NO", "Norway"), new("SE", "Sweden"),
        new("FI", "Finland"), new("DK", "Denmark"), new("EE", "Estonia"), new("LT", "Lithuania"),
        new("ZA", "South Africa"), new("NG", "Nigeria"), new("ET", "Ethiopia"), new("DZ", "Algeria"),
    ];

    /// <summary>Given names.</summary>
    public static readonly IReadOnlyList<string> GivenNames =
    [
        "Aida", "Anar", "Arzu", "Babak", "Cavid", "Dilara", "Emin", "Fuad", "Gulnar", "Ilkin",
        "Kamila", "Lala", "Murad", "Nigar", "Parviz", "Rena", "Sevda", "Vusal", "Yusif", "Zaur",
        "Reza", "Maryam", "Ali", "Tamar", "David", "Nino", "Giorgi", "Ana", "Arman", "Lilit",
        "Selin", "Emre", "Olga", "Sergei", "Oksana", "Taras", "Claire", "Pierre", "Katrin", "Jonas",
        "Elena", "Marco", "Lucia", "Javier", "Hiroshi", "Yuki", "Arjun", "Meera", "Wei", "Lin",
    ];

    /// <summary>Family names.</summary>
    public static readonly IReadOnlyList<string> FamilyNames =
    [
        "Abbasov", "Guliyeva", "Ismayilov", "Jafarova", "Nuriyev", "Safarova", "Valiyev", "Zeynalova",
        "Hosseini", "Moradi", "Tehrani", "Beridze", "Kapanadze", "Grigoryan", "Sargsyan", "Ozturk",
        "Aksoy", "Sokolov", "Volkova", "Bondarenko", "Kovalenko", "Martin", "Lefebvre", "Weber",
        "Fischer", "Bianchi", "Moretti", "Lopez", "Navarro", "Sato", "Suzuki", "Patel", "Iyer",
        "Zhang", "Liu", "Johansson", "Lindqvist", "Dimitrov", "Georgiou", "Varga",
    ];

    /// <summary>Roles, as a person file's <c>role</c>.</summary>
    public static readonly IReadOnlyList<string> Roles =
    [
        "Minister of Foreign Affairs", "Deputy Foreign Minister", "Presidential Adviser", "President",
        "Prime Minister", "Minister of Defence", "Chief of the General Staff", "Ambassador to the United Nations",
        "Foreign Ministry Spokesperson", "Minister of Energy", "National Security Adviser", "Speaker of Parliament",
    ];

    /// <summary>Topics; a briefing has one to three.</summary>
    public static readonly IReadOnlyList<string> Tags =
    [
        "diplomacy", "airspace", "sanctions", "energy", "aviation", "border", "nuclear", "ceasefire",
        "trade", "security", "humanitarian", "elections", "migration", "pipelines", "summit", "military",
        "cyber", "transit", "refugees", "water",
    ];

    /// <summary>What two countries in a title do; the first word takes an "s" for one country.</summary>
    public static readonly IReadOnlyList<string> TitleActions =
    [
        "hold talks on", "trade warnings over", "sign an accord on", "review cooperation on",
        "agree a roadmap on", "disagree over", "open a dialogue on", "issue a joint statement on",
    ];

    /// <summary>What a person does in an event title.</summary>
    public static readonly IReadOnlyList<string> EventActions =
    [
        "meets the ambassador of", "holds a phone call with the foreign minister of", "visits",
        "warns", "receives a delegation from", "signs a memorandum with",
    ];

    /// <summary>Section headings; a body has two different ones.</summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        "Background", "What was said", "Reactions", "What comes next", "Regional picture", "Context",
    ];

    /// <summary>Source names; every briefing cites one.</summary>
    public static readonly IReadOnlyList<string> Sources =
    [
        "Caspian Wire", "Regional Monitor", "Capital Daily", "Border Report", "Policy Review",
    ];

    /// <summary>Prose vocabulary: plain lower-case words, nothing Markdown or YAML treats specially.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "the", "ministry", "said", "talks", "would", "continue", "despite", "pressure", "from", "neighbouring",
        "capitals", "while", "officials", "reviewed", "transit", "routes", "and", "border", "crossings", "amid",
        "rising", "regional", "tension", "analysts", "noted", "that", "diplomatic", "contacts", "intensified", "over",
        "weekend", "as", "governments", "sought", "assurances", "on", "airspace", "security", "energy", "supplies",
        "markets", "reacted", "cautiously", "to", "statements", "issued", "after", "an", "emergency", "meeting",
        "delegation", "arrived", "in", "for", "consultations", "with", "counterparts", "about", "trade", "corridors",
        "a", "spokesperson", "described", "the", "situation", "as", "stable", "but", "fragile", "calling",
        "restraint", "by", "all", "sides", "parliament", "debated", "new", "measures", "to", "protect",
        "civilian", "flights", "several", "airlines", "suspended", "services", "pending", "further", "guidance", "envoys",
        "exchanged", "letters", "outlining", "proposals", "for", "a", "lasting", "settlement", "of", "disputed",
        "questions", "observers", "expect", "more", "meetings", "next", "month", "although", "no", "date",
        "has", "been", "announced", "yet", "the", "statement", "stressed", "respect", "for", "sovereignty",
    ];
}
