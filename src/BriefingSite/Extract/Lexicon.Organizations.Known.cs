namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Last words that make a name an organisation.
    private static readonly HashSet<string> OrganizationHeads = Set(
        "Council", "Ministry", "Army", "Movement", "Network", "Organization", "Organisation", "Center", "Centre",
        "Institute", "Endowment", "Agency", "Department", "Bank", "Fund", "Party", "Group", "Company", "Limited",
        "Ltd", "Inc", "Corporation", "Corp", "University", "College", "School", "Commission", "Committee", "Office",
        "Association", "Union", "Team", "Forces", "Force", "Navy", "Court", "Senate", "Parliament", "Assembly",
        "Congress", "Front", "Brigade", "Brigades", "League", "Alliance", "Coalition", "Federation", "Foundation",
        "Society", "Service", "Services", "Authority", "Bureau", "Board", "Directorate", "Police", "Guard",
        "Administration", "Government", "Cabinet", "Complex", "Industries", "Systems", "Technologies", "Holdings",
        "Partners", "Times", "Post", "News", "Journal", "Tribune", "Herald", "Gazette", "Review", "Press",
        "Monitor", "Club", "Academy", "Laboratory", "Laboratories", "Secretariat", "Mission", "Jirga", "Shura",
        "Taliban", "Co", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "LLC", "Bancorp", "Bancshares", "Motors",
        "Airways", "Petroleum", "Energy", "Telecom", "Communications", "Pharmaceuticals", "Securities", "Capital",
        "Corps", "Command", "Institution", "International", "Trust", "Exchange", "Airlines");

    // Organisations a reader knows by a one-word name.
    private static readonly HashSet<string> KnownOrganizations = Set(
        "Taliban", "Al-Qaeda", "Al-Qaida", "Al Qaeda", "ISIS", "ISIL", "Daesh", "Hamas", "Hezbollah", "Houthis",
        "NATO", "UN", "U.N.", "United Nations", "EU", "European Union", "ASEAN", "SCO", "BRICS", "OPEC", "IMF",
        "World Bank", "WTO", "WHO", "UNESCO", "UNICEF", "IAEA", "Interpol", "Quad", "SAARC", "G7", "G20",
        "Kremlin", "Pentagon", "Congress", "Senate", "Parliament", "Reuters", "AFP", "AP", "BBC", "CNN",
        "Al Jazeera", "Bloomberg", "Xinhua", "Dawn", "CIA", "FBI", "NSA", "ISI", "ISPR", "RAW", "Mossad", "KGB",
        "FSB", "Google", "Apple", "Microsoft", "Amazon", "Facebook", "Meta", "Twitter", "Huawei", "Tesla",
        "Boeing", "Lockheed Martin", "Raytheon", "Haqqani Network", "Lashkar-e-Taiba", "Jaish-e-Mohammed",
        "Wilson Center", "Brookings", "RAND", "Carnegie Endowment", "Atlantic Council");

    // Last words that make a name a programme, treaty, weapon or plan rather than a body.
    private static readonly HashSet<string> OtherHeads = Set(
        "Treaty", "Initiative", "Accords", "Accord", "Agreement", "Programme", "Program", "Corridor", "Strategy",
        "Doctrine", "Process", "Plan", "Act", "Convention", "Deal", "Operation", "War", "Protocol", "Pact",
        "Declaration", "Charter", "Resolution", "Policy", "Road", "Summit", "Conference", "Dialogue", "Project",
        "Missile", "Missiles", "Award", "Prize", "Cup", "Olympics", "Games", "Festival", "Election", "Elections",
        "Revolution", "Crisis", "Sanctions", "Framework", "Compact", "Scheme");

    // Named things a reader knows: weapons, plans, treaties.
    private static readonly HashSet<string> KnownOthers = Set(
        "Non-Proliferation Treaty", "NPT", "Belt and Road Initiative", "BRI", "CPEC", "Abraham Accords",
        "New Silk Road", "Silk Road", "Global War on Terror", "Marshall Plan", "Brexit", "Ramadan", "Eid",
        "Islam", "Christianity", "Hinduism", "Judaism", "Buddhism", "Koran", "Quran", "Bible", "Internet");

    // Alternative spellings of the same name.
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["Al-Qaida"] = "Al-Qaeda", ["Al Qaeda"] = "Al-Qaeda", ["Al Qaida"] = "Al-Qaeda",
        ["Tehrik-i-Taliban Pakistan"] = "Tehreek-i-Taliban Pakistan", ["Tehrik-e-Taliban Pakistan"] = "Tehreek-i-Taliban Pakistan",
        ["Balochistan"] = "Baluchistan", ["Kiev"] = "Kyiv",
    };
}
