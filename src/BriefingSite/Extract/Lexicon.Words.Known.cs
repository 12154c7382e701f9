namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Function words and words too vague to name a subject.
    private static readonly HashSet<string> StopWords = Set(
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me",
        "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
        "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "same",
        "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "upon", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
        "whom", "whose", "why", "will", "with", "within", "without", "would", "you", "your", "yours", "yet",
        "new", "old", "many", "several", "various", "another", "like", "unlike", "amid", "amidst", "despite",
        "towards", "toward", "via", "per", "since", "though", "although", "unless", "whereas", "across", "along",
        "around", "behind", "beyond", "near", "onto", "throughout", "thus", "hence", "therefore", "however",
        "moreover", "furthermore", "meanwhile", "nevertheless", "nonetheless", "instead", "rather", "indeed",
        "still", "already", "always", "never", "often", "sometimes", "perhaps", "maybe", "well", "back", "way",
        "ways", "make", "makes", "made", "take", "takes", "took", "get", "gets", "got", "put", "set", "see",
        "seen", "seems", "seem", "come", "came", "go", "goes", "went", "use", "used", "using", "said", "says",
        "also", "time", "times", "year", "years", "day", "days", "week", "weeks", "month", "months", "part",
        "two", "three", "four", "five", "first", "second", "last", "next", "less", "least", "lot", "thing",
        "things", "fact", "case", "cases", "hand", "side", "sides", "number", "kind", "type", "level", "levels",
        "rather", "whose", "within", "done", "like", "able", "upon", "according", "including", "further",
        "particularly", "especially", "specifically", "mostly", "simply", "us", "let", "lets", "became", "become",
        "becomes", "given", "gives", "give", "keep", "keeps", "mr", "mrs", "ms", "dr", "etc", "i.e", "e.g",
        "good", "great", "big", "large", "small", "long", "high", "low", "key", "major", "important", "current",
        "recent", "recently", "today", "tomorrow", "yesterday", "ago", "earlier", "later", "far", "near");

    // Sentence adverbs and connectives that open sentences capitalised.
    private static readonly HashSet<string> Adverbs = Set(
        "However", "Howbeit", "Notably", "Surprisingly", "Unfortunately", "Fortunately", "Actually", "Moreover",
        "Furthermore", "Meanwhile", "Therefore", "Initially", "Eventually", "Finally", "Additionally", "Similarly",
        "Significantly", "Nevertheless", "Nonetheless", "Arguably", "Namely", "Regionally", "Clearly", "Rather",
        "Recently", "Consequently", "Accordingly", "Hence", "Thus", "Indeed", "Instead", "Otherwise", "Likewise",
        "Conversely", "Ultimately", "Currently", "Previously", "Historically", "Traditionally", "Interestingly",
        "Importantly", "Apparently", "Reportedly", "Allegedly", "Evidently", "Obviously", "Certainly", "Perhaps",
        "Still", "Yet", "Also", "Then", "Now", "Today", "Overall", "Specifically", "Particularly", "Especially",
        "Domestically", "Internationally", "Globally", "Locally", "Politically", "Economically", "Militarily",
        "Strategically", "Hopefully", "Admittedly", "Undoubtedly", "Basically", "Essentially", "Generally");

    // Acronyms used as common nouns, which name no one thing: "on TV", "a new PC", "at 10:00 GMT".
    private static readonly HashSet<string> CommonAcronyms = CaseSensitiveSet(
        "TV", "TVs", "PC", "PCs", "GMT", "BST", "DVD", "DVDs", "CD", "CDs", "MP3", "MP3s", "GDP", "SMS", "MMS", "PIN",
        "DNA", "HIV", "ID", "VAT", "ATM", "PDA", "PDAs", "LCD", "HDTV", "GSM", "USB", "RAM", "CPU", "FM", "IT",
        "CEO", "AM", "PM", "ISP", "ISPs", "URL", "PDF", "VCR", "DJ", "3G", "GPRS", "ADSL", "DSL", "VoIP", "Wi-Fi", "WiFi");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonAcronymSpans = CommonAcronyms.GetAlternateLookup<ReadOnlySpan<char>>();

    // Conjunctions and articles that stand before a sentence's subject: "And Chancellor Gordon Brown said".
    private static readonly HashSet<string> Connectives = Set(
        "And", "But", "Or", "So", "As", "While", "When", "After", "Before", "Since", "If", "Although", "Though",
        "Because", "Until", "Once", "The", "A", "An");

    // Stop words and adverbs in one table, so a word is looked up once; after both, as fields start in order.
    private static readonly HashSet<string> StopWordsAndAdverbs = new(StopWords.Concat(Adverbs), StringComparer.OrdinalIgnoreCase);

    // Other words that open sentences and headings capitalised without being names.
    private static readonly HashSet<string> Openers = Set(
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For", "From", "With",
        "By", "As", "After", "Before", "Since", "During", "Despite", "Although", "Though", "While", "When",
        "Where", "Why", "How", "What", "Which", "Who", "Whose", "If", "Unless", "Until", "But", "And", "Or", "So",
        "Some", "Many", "Most", "Several", "Few", "All", "Any", "Each", "Every", "Both", "One", "Two", "Three",
        "Other", "Another", "Such", "Our", "Their", "His", "Her", "My", "Your", "We", "They", "He", "She", "You",
        "I", "Amid", "Among", "Unlike", "Like", "Just", "Even", "Only", "Not", "No", "Yes", "Thanks", "Chaos",
        "Ties", "Recent", "Previous", "Cross-border", "Cross", "Internal", "Various", "Relations", "Subject",
        "Chosen", "Clashing", "Causing", "Tough", "Rhetoric", "Shifts", "Role", "Impact", "Bibliography",
        "Author", "Image", "Photo", "Share", "Read", "Related", "Source", "Sources", "References", "Conclusion",
        "Introduction", "Background", "Analysis", "Opinion", "Editorial", "Comment", "Update", "Breaking",
        "Exclusive", "Watch", "Listen", "Subscribe", "Advertisement", "Sponsored", "Reviewing", "Navigating",
        "Following", "Given", "According", "Under", "Over", "Through", "Against", "Within", "Without", "Beyond",
        "Towards", "Via", "Upon", "Here", "There", "Then", "Once", "Whether", "Either", "Neither", "Nor", "Because",
        "To", "Of", "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "Do", "Does", "Did", "Can", "Could",
        "Will", "Would", "Should", "May", "Might", "Must", "Let", "Let's", "Any", "New", "Old", "Security",
        "Secure", "Foreign", "Domestic", "Regional", "Global", "Local", "National", "International", "Military",
        "Political", "Economic", "Western", "Eastern", "Northern", "Southern", "Islamic", "Muslim", "Baloch",
        "Pashtun", "Sunni", "Shia", "Madrasas", "Madrassas", "Observers", "Officials", "Experts", "Analysts",
        "Critics", "Leaders", "Reports", "Report", "Sanctions", "Pressure", "Tensions", "Talks", "Peace",
        "War", "Terrorism", "Terror", "Attacks", "Attack", "Despite", "Similar", "Different", "Clear", "Track",
        "Head", "State", "Net", "Gross", "Pre-tax", "Profit", "Profits", "Sales", "Revenue", "Revenues", "Turnover",
        "Earnings", "Shares");

    // Everyday words that open the capitalised names of things (works, events, bodies, places) and no one's given
    // name: a run of capitalised words opening with one is not guessed to be a person ("World War Two", "Magic
    // Roundabout", "Flying Without Wings"). Words that are also given names or nicknames (Grace, Rose, Summer, Tiger)
    // or surnames that come first (the Korean Park) are left out.
    private static readonly HashSet<string> ThingWords = Set(
        "World", "Olympic", "Olympics", "National", "International", "Magic", "Early", "Late", "Flying", "Rhythm",
        "Former", "Digital", "Global", "Golden", "Royal", "Grand", "Little", "Great", "Black", "Red", "Blue", "Green",
        "White", "Silver", "Dark", "Night", "Star", "Stars", "Super", "Mobile", "Online", "Internet", "Computer",
        "Video", "Music", "Film", "Movie", "Radio", "Television", "Public", "Private", "Civil", "Social", "Economic",
        "Financial", "Military", "Nuclear", "Human", "Natural", "Environmental", "Agricultural", "Chief", "Federal",
        "Central", "Modern", "Ancient", "Classic", "Classical", "Independent", "Live", "Open", "Free", "Young",
        "High", "Long", "Short", "Total", "Final", "Premier", "Champions", "Championship", "Cup", "League", "Club",
        "Team", "Sports", "Sport", "Football", "Rugby", "Cricket", "Tennis", "Golf", "Athletics", "Boxing", "Racing",
        "Motor", "Formula", "Tour", "Masters", "Games", "Winter", "Christmas", "Easter", "Holy", "Sacred", "Church",
        "School", "College", "University", "Hospital", "Court", "House", "Home", "Office", "Department", "Ministry",
        "Council", "Committee", "Commission", "Agency", "Bureau", "Service", "Services", "Network", "System",
        "Systems", "Software", "Technology", "Technologies", "Electronic", "Electronics", "Entertainment", "Media",
        "Press", "News", "Daily", "Weekly", "Evening", "Morning", "Times", "Journal", "Business", "Trade", "Market",
        "Stock", "Exchange", "Bank", "Capital", "Fund", "Investment", "Energy", "Oil", "Gas", "Power", "Water", "Air",
        "Airways", "Airlines", "Rail", "Railway", "Road", "Village", "Town", "City", "County", "Country",
        "Island", "Islands", "Mountain", "Lake", "Sea", "Ocean", "Valley", "Bay", "Beach", "Tower", "Hall", "Castle",
        "Palace", "Cathedral", "Theatre", "Theater", "Museum", "Gallery", "Library", "Centre", "Center", "Stadium",
        "Arena", "Academy", "Institute", "Foundation", "Trust", "Society", "Association", "Union", "Party",
        "Alliance", "Front", "Movement", "Army", "Navy", "Force", "Forces", "Police", "Guard", "Defence", "Defense",
        "Battle", "Freedom", "Liberty", "Justice", "Law", "Act", "Treaty", "Agreement", "Plan", "Project", "Programme",
        "Program", "Operation", "Mission", "Campaign", "Awards", "Award", "Prize", "Festival", "Show", "Series",
        "Album", "Song", "Book", "Novel", "Story", "Tales", "Diaries", "Chronicles", "Adventures", "Legend",
        "Knight", "Soldier", "Shadow", "Secret", "Hidden", "Lost", "Third", "Dead", "Living", "Killer", "Killing",
        "Death", "Love", "Heart", "Soul", "Spirit", "Dream", "Dreams", "Wonder", "Miracle", "Devil", "Evil", "Ghost",
        "Monster", "Dragon", "Lion", "Eagle", "Wolf", "Crazy", "Happy", "Funny", "Wild", "Mad", "Bad", "Best",
        "Better", "Top", "Pop", "Rock", "Jazz", "Hip", "Rap", "Dance", "Disco", "Punk", "Metal", "Heavy", "Sweet",
        "Hot", "Cold", "Cool", "Fire", "Ice", "Snow", "Thunder", "Lightning", "Sun", "Earth", "Space", "Planet",
        "Galaxy", "Universe", "Future", "Past", "Present", "Real", "True", "Pure", "Perfect", "Simple", "Easy", "Hard",
        "Soft", "Smart", "Virtual", "Cyber", "Web", "Wireless", "Broadband", "Phone", "Telecom", "Communications",
        "Information", "Data", "Research", "Science", "Scientific", "Medical", "Health", "Healthcare", "Care",
        "Education", "Learning", "Training", "Development", "Environment", "Climate", "Clean", "Renewable", "Solar",
        "Wind", "Atomic", "Chemical", "Biological", "Genetic", "Animal", "Wildlife", "Nature", "Marine", "Coastal",
        "Rural", "Urban", "Metropolitan", "Municipal", "District", "Provincial", "Imperial", "Colonial",
        "Democratic", "Liberal", "Conservative", "Socialist", "Communist", "Catholic", "Protestant", "Orthodox",
        "European", "Sevens", "Six", "Seven", "Eight", "Nine", "Ten", "Hundred", "Thousand", "Million", "Theme",
        "Nightmare", "Addicted", "Agent", "Empire", "Kingdom", "Republic", "Land", "Boys", "Girls",
        "Men", "Women", "Kids", "Children", "Brothers", "Sisters", "Friends", "Family", "Street", "Streets");

    // Function words as a title capitalises them; never inside a person's name, whose small words stay small ("van", "de").
    private static readonly HashSet<string> TitledFunctionWords = CaseSensitiveSet(
        "And", "To", "On", "In", "Of", "The", "A", "An", "For", "With", "Without", "From", "At", "By", "Into", "Is", "Are",
        "Was", "Be", "My", "Your", "Our", "Their", "His", "Her", "It", "Its", "We", "You", "Me", "I", "Not", "No", "Or",
        "But", "Up", "Out", "Over", "About", "Who", "What", "When", "Where", "Why", "How", "This", "That", "These",
        "Those", "Do", "Don't", "Can't", "Won't", "All", "As");

    private static readonly HashSet<string> RegionAdjectives = Set(
        "Asian", "South Asian", "Central Asian", "East Asian", "Southeast Asian", "Middle Eastern", "European",
        "African", "Western", "Eastern", "Northern", "Southern", "Arab", "Arabic", "Muslim", "Islamic", "Christian",
        "Hindu", "Jewish", "Buddhist", "Sunni", "Shia", "Shiite", "Baloch", "Baluch", "Pashtun", "Punjabi", "Sindhi",
        "Kashmiri", "Uyghur", "Kurdish", "Latin", "Nordic", "Gulf", "Transatlantic", "Pan-Asian", "Anglo", "North American",
        "South American", "Latin American", "Central American", "East European", "Eastern European", "West African",
        "East African", "North African", "Sub-Saharan");

    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.Ordinal)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
        ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9,
        ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    };

    private static readonly HashSet<string> Weekdays = CaseSensitiveSet(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    // Small words that may sit inside a name: "Carnegie Endowment for International Peace", "Noor ul Ain".
    private static readonly HashSet<string> NameConnectors = CaseSensitiveSet(
        "of", "for", "and", "on", "de", "del", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al",
        "ul", "ud", "la", "le", "los", "las", "y");

    // Plural nouns that make a bare number a figure: "306 attacks", "41 people".
    private static readonly HashSet<string> CountedNouns = Set(
        "people", "persons", "civilians", "soldiers", "troops", "militants", "fighters", "terrorists", "police",
        "policemen", "officers", "personnel", "casualties", "deaths", "dead", "killed", "wounded", "injured",
        "victims", "refugees", "migrants", "children", "women", "men", "workers", "students", "attacks",
        "incidents", "strikes", "airstrikes", "bombings", "missiles", "warheads", "weapons", "aircraft", "jets",
        "drones", "tanks", "ships", "vessels", "submarines", "launchers", "tests", "projects", "companies",
        "entities", "firms", "countries", "nations", "states", "members", "seats", "votes", "voters", "cases",
        "hostages", "prisoners", "detainees", "arrests", "households", "families", "homes", "houses", "villages",
        "schools", "hospitals", "jobs", "units", "tonnes", "tons", "barrels", "vehicles", "kilometres",
        "kilometers", "miles", "km", "kg", "mw", "gw", "megawatts", "hectares", "acres", "points", "goals", "runs",
        "wickets", "users", "customers", "employees", "staff", "patients", "doses", "sanctions", "groups",
        "organizations", "organisations", "districts", "provinces", "cities", "towns", "languages", "percent");

    // Units of time: a number with one of these is a duration or a date, not a figure.
    private static readonly HashSet<string> TimeUnits = Set(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "decade", "decades", "century", "centuries", "am", "pm", "a.m.", "p.m.");
}
