namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Words that, before a name, make it a person's name and the words before it a role.
    private static readonly HashSet<string> Titles = Set(
        "President", "Vice-President", "Minister", "Secretary", "Ambassador", "General", "Adviser", "Advisor",
        "Chancellor", "Governor", "Senator", "Congressman", "Congresswoman", "Representative", "Spokesman",
        "Spokeswoman", "Spokesperson", "Director", "Chairman", "Chairwoman", "Chair", "King", "Queen", "Prince",
        "Princess", "Pope", "Judge", "Justice", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Commander", "Chief",
        "Mayor", "Envoy", "Premier", "Sheikh", "Emir", "Sultan", "Colonel", "Col", "Major", "Maj", "Captain", "Capt",
        "Lieutenant", "Lt", "Admiral", "Marshal", "Field", "Brigadier", "Sergeant", "Sgt", "Senior", "Officer",
        "Lord", "Lady", "Sir", "Dame", "Imam", "Mullah", "Maulana", "Cardinal", "Bishop", "Rabbi", "Ayatollah",
        "Speaker", "Leader", "Commissioner", "Attorney", "Editor", "Correspondent", "Analyst", "CEO", "Founder",
        "Gen", "Gov", "Sen", "Rep", "Pres", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.",
        "Rep.", "Pres.", "Capt.", "Sgt.", "Maj.", "Rev.", "Adm.", "Cmdr.", "Supt.", "Insp.", "Det.", "Rt", "Rt.", "Hon", "Hon.",
        "Secretary-General", "Director-General", "Commander-in-Chief", "Under-Secretary", "Undersecretary", "Democrat", "Republican", "Coach", "Manager",
        "Skipper", "Captain", "Striker", "Midfielder", "Goalkeeper", "Defender", "Champion", "Sheriff", "Detective",
        "Inspector", "Superintendent", "Constable", "Archbishop", "Reverend", "Rev", "Father", "Sister", "Brother",
        "Patriarch", "Dalai", "Crown Prince", "Vice-Chairman", "Vice-Premier", "Mme", "Mr", "Mrs", "Miss", "Msgr",
        "Actor", "Actress", "Singer", "Broadcaster", "Comedian", "Presenter", "Novelist", "Producer", "Writer", "Author", "Veteran",
        "Musician", "Guitarist", "Drummer", "Bassist", "Rapper", "Songwriter", "Singer-songwriter", "Composer", "Conductor",
        "Playwright", "Poet", "Screenwriter", "Film-maker", "Filmmaker", "Photographer", "Designer", "Choreographer",
        "Columnist", "Campaigner", "Activist", "Entrepreneur", "Businessman", "Businesswoman", "Tycoon", "Lawyer",
        "MP", "MEP", "MSP", "MLA", "DJ", "Backbencher", "Referee", "Umpire", "Sprinter", "Hurdler", "Goalscorer", "Keeper",
        "Winger", "Wing", "Flanker", "Prop", "Hooker", "Fly-half", "Scrum-half", "Full-back");

    // Words that describe a person before a name without being a role ("Teenager LaShawn Merritt").
    private static readonly HashSet<string> PersonDescriptions = Set(
        "Teenager", "Teen", "Newcomer", "Youngster", "Rookie", "Debutant", "Debutante", "Schoolboy", "Schoolgirl",
        "Compatriot", "Countryman", "Countrywoman", "Team-mate", "Teammate", "Understudy", "Protege", "Protégé", "Economist",
        "Scientist", "Historian", "Student", "Pensioner", "Grandmother", "Grandfather", "Widow", "Fan");

    // A peer's rank: with "of" and a place, a person ("Duke of Edinburgh", "Earl of Wessex", "Baroness of Bolton").
    private static readonly HashSet<string> Peerages = Set(
        "Duke", "Duchess", "Earl", "Countess", "Marquess", "Marquis", "Marchioness", "Viscount", "Viscountess", "Baron", "Baroness");

    // Forms of address before a name: how a person is addressed, not what they do ("Mr Brown", "Sir Alex Ferguson").
    private static readonly HashSet<string> FormsOfAddress = Set(
        "Mr", "Mrs", "Ms", "Miss", "Mme", "Mr.", "Mrs.", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Rt", "Rt.", "Hon", "Hon.");

    // Words that may stand inside a title: "Deputy National Security Adviser", "Secretary of State".
    private static readonly HashSet<string> TitleModifiers = Set(
        "Deputy", "National", "Security", "Foreign", "Prime", "Vice", "Principal", "Special", "Assistant",
        "Acting", "Interim", "Former", "First", "Chief", "Executive", "Defence", "Defense", "Interior", "Finance",
        "Home", "State", "Federal", "Provincial", "Army", "Staff", "Joint", "Information", "Trade", "Energy",
        "Economic", "Political", "Military", "Supreme", "High", "Grand", "Permanent", "Managing", "Undersecretary",
        "Under", "Affairs", "External", "Commerce", "Justice", "Health", "Education", "Planning", "Petroleum",
        "Water", "Power", "Climate", "Labour", "Labor", "Treasury", "Naval", "Air", "Crown", "Opposition",
        "Majority", "Minority", "of", "for", "the", "US", "U.S.", "UN", "U.N.", "UK", "EU", "White", "House",
        "Press", "Communications", "Strategic", "Senior", "Lead");

    // Lower-case nouns that open an appositive role: "John Finer, deputy national security adviser ...".
    private static readonly HashSet<string> RoleNouns = CaseSensitiveSet(
        "president", "minister", "secretary", "ambassador", "adviser", "advisor", "spokesperson", "spokesman",
        "spokeswoman", "director", "chairman", "chief", "head", "leader", "governor", "senator", "general",
        "commander", "envoy", "official", "analyst", "professor", "founder", "editor", "correspondent", "deputy",
        "former", "senior", "special", "foreign", "prime", "national", "vice", "executive", "representative",
        "researcher", "fellow", "scholar", "expert", "journalist", "author", "member", "mayor", "chancellor", "owner", "co-founder");

    // Offices and trades in small letters that end a role written before a name or between commas after it: "chancellor
    // Gordon Brown", "Arsenal manager Arsene Wenger", "Andy Robinson, the England coach,".
    private static readonly HashSet<string> RoleHeads = CaseSensitiveSet(
        "chancellor", "leader", "executive", "manager", "coach", "boss", "governor", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "minister", "president", "chairman", "chairwoman", "captain", "skipper", "director", "editor", "commissioner",
        "ambassador", "envoy", "adviser", "advisor", "founder", "co-founder", "owner", "mayor", "senator", "striker", "midfielder",
        "defender", "winger", "goalkeeper", "keeper", "full-back", "fly-half", "scrum-half", "flanker", "singer", "actor",
        "actress", "rapper", "presenter", "comedian", "guitarist", "drummer", "frontman", "frontwoman", "producer", "writer",
        "author", "novelist", "journalist", "correspondent", "analyst", "economist", "lawyer", "prosecutor", "officer",
        "treasurer", "negotiator", "strategist", "aide", "champion", "candidate", "player", "star", "chief", "vice-president",
        "vice-chairman", "player-manager", "designer", "director-general", "attorney-general", "secretary-general", "playwright",
        "composer", "conductor", "photographer", "broadcaster", "campaigner", "columnist", "commentator", "singer-songwriter",
        "dancer", "trader", "lecturer", "professor", "researcher", "consultant", "solicitor", "barrister", "co-chairman",
        "co-author", "winner", "creator", "seed", "buyer", "specialist", "filmmaker", "film-maker", "scientist", "engineer",
        "doctor", "teacher", "quarterback", "defenseman", "head");

    // Adjectives that, opening a sentence before a role, describe the person rather than the office: "Injured Chelsea
    // winger Arjen Robben", "Teenage star Joss Stone".
    private static readonly HashSet<string> DescribingAdjectives = CaseSensitiveSet(
        "Injured", "Teenage", "Outgoing", "Leading", "Late", "Legendary", "Distinguished", "Prospective", "Best", "Veteran",
        "Fellow", "Young", "Retiring", "Departing", "Embattled", "Beleaguered", "Disgraced", "Jailed", "Sacked", "Suspended",
        "Controversial", "Influential", "Experienced", "Award-winning", "Oscar-winning", "Respected", "Outspoken", "Troubled");

    // Words in small letters that may stand in such a role before its last word, besides the offices above: "shadow home
    // secretary", "chief operating officer", "pop star", "union leader".
    private static readonly HashSet<string> RoleWords = CaseSensitiveSet(
        "deputy", "shadow", "former", "foreign", "home", "prime", "vice", "acting", "interim", "assistant", "senior", "managing",
        "finance", "health", "education", "trade", "defence", "defense", "culture", "sports", "sport", "media", "election",
        "campaign", "party", "team", "first", "national", "international", "technical", "commercial", "communications", "press",
        "policy", "marketing", "sales", "research", "creative", "artistic", "music", "football", "rugby", "cricket", "tennis",
        "golf", "snooker", "athletics", "club", "news", "joint", "caretaker", "operating", "financial", "attorney", "state",
        "interior", "justice", "environment", "transport", "energy", "industry", "business", "economic", "political", "military",
        "opposition", "junior", "head", "lead", "principal", "special", "regional", "global", "group", "world", "film", "pop",
        "rock", "soul", "jazz", "tv", "television", "radio", "theatre", "fashion", "arts", "treasury", "emeritus", "honorary",
        "union", "police", "army", "security", "intelligence", "company", "general", "development", "art",
        "affairs", "constitutional", "industrial", "social", "legal", "diplomatic", "medical", "science", "technology",
        "entertainment", "consumer", "welfare", "planning", "reggae", "hip-hop", "blues", "folk", "country", "opera", "dance",
        "comedy", "soap", "chat-show", "stage", "screen", "indie", "punk", "gospel", "classical", "property", "investment",
        "fund", "insurance", "banking", "oil", "steel", "airline", "retail", "games", "software", "internet", "web", "mobile",
        "race", "festival", "factory", "council", "city", "county", "local", "school", "prison", "work", "pensions",
        "employment", "immigration", "agriculture", "rural", "tourism", "heritage", "housing", "government", "cabinet", "indoor", "defending", "reigning", "heavyweight", "costume", "casting", "musical", "film-maker",
        "top", "men's", "women's", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "sporting", "inspection", "civil", "service", "spin", "office", "production", "elections", "performance",
        "anti-piracy", "enforcement", "label", "authority", "airport", "labour", "editorial", "operations",
        "programme", "programmes", "strategy", "network", "design", "engineering", "digital", "content");

    // Leaders a reader knows by surname alone.
    private static readonly HashSet<string> KnownPeople = Set(
        "Trump", "Biden", "Obama", "Bush", "Clinton", "Reagan", "Putin", "Xi", "Modi", "Erdogan", "Netanyahu",
        "Zelensky", "Macron", "Merkel", "Scholz", "Sunak", "Starmer", "Johnson", "Khamenei", "Jinnah", "Gandhi",
        "Nehru", "Bhutto", "Musharraf", "Zia", "Sharif", "Mao", "Stalin", "Lenin", "Churchill", "Kissinger");

    // Verbs that introduce what someone said.
    private static readonly HashSet<string> SpeechVerbs = Set(
        "said", "says", "say", "stated", "states", "told", "tells", "remarked", "remarks", "explained", "explains",
        "added", "adds", "noted", "notes", "warned", "warns", "argued", "argues", "emphasized", "emphasised",
        "stressed", "urged", "asked", "declared", "announced", "insisted", "claimed", "claims", "wrote", "writes",
        "tweeted", "posted", "replied", "responded", "commented", "observed", "acknowledged", "admitted",
        "asserted", "affirmed", "maintained", "suggested", "concluded", "cautioned", "highlighted", "vowed",
        "promised", "pledged", "described", "called", "according");

    // Common first names, so that a lone "Michael Kugelman" reads as a person.
    private static readonly HashSet<string> FirstNames = Set(
        "John", "Jon", "Jonathan", "Michael", "David", "James", "Robert", "William", "Richard", "Joseph", "Thomas",
        "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew",
        "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
        "Jacob", "Gary", "Nicholas", "Eric", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
        "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry",
        "Peter", "Rex", "Ken", "Pat", "Tiger", "Will", "Antony", "Tony", "Joe", "Hillary", "Bill", "Barack", "Vladimir", "Sergei", "Sergey",
        "Dmitry", "Xi", "Li", "Wang", "Emmanuel", "Angela", "Olaf", "Boris", "Rishi", "Keir", "Theresa", "Tony",
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Chelsea",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia", "Kathleen", "Amy",
        "Anna", "Maria", "Helen", "Kamala", "Condoleezza", "Madeleine", "Ursula", "Giorgia", "Narendra", "Rahul",
        "Sonia", "Indira", "Manmohan", "Amit", "Rajnath", "Subrahmanyam", "Imran", "Nawaz", "Shehbaz", "Shahbaz",
        "Asif", "Khawaja", "Bilawal", "Benazir", "Pervez", "Zulfikar", "Maryam", "Asim", "Qamar", "Raheel",
        "Faiz", "Munir", "Ishaq", "Shah", "Ashraf", "Hamid", "Abdul", "Abdullah", "Mohammad", "Mohammed",
        "Muhammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussain", "Hussein", "Omar", "Umar", "Osama", "Ayman",
        "Abu", "Zalmay", "Ayatollah", "Ebrahim", "Hassan", "Javad", "Recep", "Benjamin", "Yair", "Naftali",
        "Mohammed", "Tamim", "Salman", "Kim", "Moon", "Shinzo", "Fumio", "Jacinda", "Justin", "Jair", "Luiz",
        "Noor", "Zubair", "Qandeel", "Sana", "Fatima", "Ayesha", "Zainab", "Bashar", "Recep", "Volodymyr",
        "Jens", "Josep", "Antonio", "Jean", "Pierre", "Francois", "Hans", "Karl", "Friedrich", "Heinrich",
        "Nathan", "Wayne", "Nick", "Chris", "Alan", "Alex", "Ian", "Simon", "Neil", "Craig", "Gordon", "Martin",
        "Adam", "Sam", "Ben", "Tom", "Jim", "Bob", "Steve", "Dave", "Mike", "Matt", "Phil", "Rob", "Andy", "Graham",
        "Keith", "Colin", "Stuart", "Clive", "Gavin", "Lee", "Dean", "Luke", "Sean", "Shaun", "Owen", "Gareth",
        "Ruth", "Kate", "Jane", "Sue", "Claire", "Emma", "Sophie", "Rachel", "Lucy", "Julie", "Jo", "Anne",
        "Erling", "Irving", "Sterling", "Channing",
        // More common first names of British, Irish, American and European news.
        "Norman", "Roger", "Harold", "Derek", "Trevor", "Nigel", "Geoffrey", "Malcolm", "Gerald", "Bernard", "Alastair",
        "Alistair", "Hamish", "Duncan", "Rupert", "Giles", "Jeremy", "Julian", "Adrian", "Damian", "Dominic", "Oliver",
        "Harry", "Charlie", "Tim", "Danny", "Jamie", "Ricky", "Roy", "Ray", "Ron", "Don", "Glenn", "Barry", "Terry",
        "Gerry", "Jimmy", "Johnny", "Tommy", "Bobby", "Billy", "Eddie", "Freddie", "Ronnie", "Leonard", "Arthur",
        "Albert", "Alfred", "Ernest", "Frederick", "Walter", "Ralph", "Roland", "Rodney", "Vincent", "Victor",
        "Francis", "Lewis", "Louis", "Luis", "Carlos", "Juan", "Jose", "Manuel", "Miguel", "Pedro", "Diego", "Marco",
        "Luca", "Giovanni", "Francesco", "Paolo", "Roberto", "Alessandro", "Stefan", "Jurgen", "Klaus", "Gerhard",
        "Helmut", "Wolfgang", "Dieter", "Jacques", "Philippe", "Nicolas", "Michel", "Alain", "Thierry", "Didier",
        "Sven", "Lars", "Anders", "Erik", "Dmitri", "Mikhail", "Igor", "Yuri", "Viktor", "Ivan", "Mustafa", "Khalid",
        "Tariq", "Yusuf", "Ibrahim", "Rajiv", "Sanjay", "Vijay", "Anil", "Sunil", "Ravi", "Hiroshi", "Takeshi",
        "Akira", "Kenji", "Bruce", "Carl", "Darren", "Dylan", "Elliott", "Hugh", "Hugo", "Iain", "Jake", "Joel",
        "Leon", "Liam", "Marcus", "Neville", "Noel", "Rhodri", "Rhys", "Ted", "Toby", "Tristan", "Vince",
        "Kenny", "Stevie", "Shane", "Kyle", "Brett", "Graeme", "Gregor", "Ewan", "Euan", "Arsene", "Rafael", "Ruud",
        "Jonny", "Mick", "Niall", "Ronan", "Seamus", "Brendan", "Declan", "Kieran", "Conor", "Eamon", "Audrey",
        "Doris", "Dorothy", "Joan", "Joyce", "Shirley", "Sheila", "Brenda", "Pauline", "Pamela", "Janet", "Valerie",
        "Gillian", "Jill", "Jackie", "Jacqueline", "Tessa", "Harriet", "Diane", "Diana", "Catherine", "Katherine",
        "Caroline", "Charlotte", "Alison", "Fiona", "Gail", "Joanne", "Nicola", "Natalie", "Samantha", "Zoe",
        "Kylie", "Kirsty", "Louise", "Maureen", "Marion", "Marie", "Julia", "Natasha", "Tracey", "Wendy", "Yvonne",
        "Cherie", "Estelle", "Nicole", "Serena", "Martina", "Monica", "Carla", "Elena", "Irina", "Olga", "Svetlana",
        "Ingrid", "Paula", "Kathy", "Katie", "Sally", "Jenny", "Lynne", "Judith", "Elaine", "Eileen", "Irene",
        "Edith", "Ellen", "Hannah", "Isabel", "Lorraine", "Melanie", "Miriam", "Nina", "Tina", "Vanessa", "Beverley");
}
