namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Last words that make a name an organisation.
    private static readonly HashSet<string> OrganizationHeads = Set(
        "Council", "Consortium", "Ministry", "Army", "Movement", "Forum", "Sciences", "Research", "Network", "Organization", "Organisation", "Center", "Centre",
        "Institute", "Endowment", "Agency", "Department", "Bank", "Fund", "Party", "Group", "Company", "Limited",
        "Ltd", "Inc", "Corporation", "Corp", "University", "College", "School", "Commission", "Committee", "Office",
        "Association", "Union", "Team", "Forces", "Force", "Navy", "Court", "Senate", "Parliament", "Assembly",
        "Congress", "Front", "Brigade", "Brigades", "League", "Alliance", "Coalition", "Federation", "Foundation",
        "Society", "Service", "Services", "Authority", "Bureau", "Board", "Directorate", "Police", "Guard",
        "Administration", "Government", "Cabinet", "Complex", "Industries", "Confederation", "Systems", "Technologies", "Holdings",
        "Partners", "Times", "Post", "News", "Journal", "Tribune", "Herald", "Gazette", "Review", "Press",
        "Monitor", "Club", "Academy", "Laboratory", "Laboratories", "Secretariat", "Mission", "Jirga", "Shura",
        "Taliban", "Co", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "LLC", "Bancorp", "Bancshares", "Motors",
        "Airways", "Petroleum", "Energy", "Telecom", "Communications", "Pharmaceuticals", "Securities", "Capital",
        "Corps", "Command", "Institution", "International", "Trust", "Exchange", "Airlines", "Newsroom", "Newsdesk",
        "Reserve", "Bros", "Daily", "Weekly", "Cables", "Commodities", "Steel", "Oil", "Chemicals", "Electric",
        "Electronics", "Mining", "Resources", "Minerals", "Foods", "Brewery", "Breweries", "Stores", "Investments",
        "Insurance", "Assurance", "Television", "TV", "Radio", "Broadcasting", "Records", "Studios", "Pictures",
        "Entertainment", "Media", "Publishing", "Software", "Ballet", "Orchestra", "Philharmonic", "Stockbrokers", "Films",
        "Hotels", "Resorts", "Leisure", "Shipping", "Railways", "Railway", "Aviation", "Ventures", "Solutions",
        "Consulting", "Consultants", "Associates", "Brands", "Biotech", "Therapeutics", "Fellowship",
        "Construction", "Engineering", "Enterprises", "Products", "Manufacturing", "Textiles", "Pharma", "Labs",
        "Semiconductor", "Semiconductors", "Networks", "Computer", "Computers", "Instruments", "Automotive",
        "Aerospace", "Dynamics", "Logistics", "Trading", "Airline", "Financial", "Bancorporation", "Banque",
        "Banco", "Zeitung", "Courier", "Observer", "Guardian", "Telegraph", "Chronicle", "Standard", "Express",
        "Mirror", "Magazine", "Agencies", "Ministries", "Parliamentary", "Legislature", "Tribunal", "Consortium",
        "Cooperative", "Syndicate", "Unions", "Federations", "Associations", "Division",
        "Regiment", "Battalion", "Squadron", "Fleet", "Guards", "Militia");

    // Company endings after which "of" starts another name: "Kia Motors Corp of South Korea".
    private static readonly HashSet<string> CompanySuffixes = Set(
        "Corp", "Corporation", "Inc", "Co", "Company", "Ltd", "Limited", "Plc", "PLC", "LLC", "AG", "SA", "NV",
        "GmbH", "Bros", "Group", "Holdings");

    // Lower-case nouns that, after a name, make it an organisation.
    private static readonly HashSet<string> OrganizationNouns = Set(
        "spokesman", "spokeswoman", "spokesperson", "shares", "stock", "officials", "executives", "subsidiary",
        "newspaper", "daily", "agency", "group", "company", "bank", "shareholders", "unit", "headquarters",
        "stake", "executive", "management", "employees", "workers", "profits", "profit", "revenue", "earnings");

    // Nouns that an organisation has, said of it with a possessive as well: "Chelsea's coach".
    private static readonly HashSet<string> MemberNouns = Set(
        "coach", "manager", "fans", "players", "striker", "goalkeeper", "midfielder", "chairman", "board",
        "shareholders", "subsidiary", "ceo", "president");

    // Organisations a reader knows by a one-word name.
    private static readonly HashSet<string> KnownOrganizations = Set(
        "Taliban", "Al-Qaeda", "Al-Qaida", "Al Qaeda", "ISIS", "ISIL", "Daesh", "Hamas", "Hezbollah", "Houthis",
        "NATO", "UN", "U.N.", "United Nations", "EU", "European Union", "ASEAN", "SCO", "BRICS", "OPEC", "IMF",
        "World Bank", "WTO", "WHO", "UNESCO", "UNICEF", "IAEA", "Interpol", "Quad", "SAARC", "G7", "G20",
        "Kremlin", "Pentagon", "Congress", "Senate", "Parliament", "Reuters", "AFP", "AP", "BBC", "CNN",
        "Al Jazeera", "Bloomberg", "Xinhua", "Dawn", "CIA", "FBI", "NSA", "ISI", "ISPR", "RAW", "Mossad", "KGB",
        "FSB", "Google", "Apple", "Microsoft", "Amazon", "Facebook", "Meta", "Twitter", "Huawei", "Tesla",
        "Boeing", "Lockheed Martin", "Raytheon", "Haqqani Network", "Lashkar-e-Taiba", "Jaish-e-Mohammed",
        "Wilson Center", "Brookings", "RAND", "Carnegie Endowment", "Atlantic Council", "Fed", "Federal Reserve",
        "Treasury", "Bundesbank", "Bank of England", "Bank of Japan", "European Central Bank", "ECB", "OECD", "GATT",
        "UNHCR", "UNDP", "OSCE", "OAU", "African Union", "Arab League", "PLO", "IRA", "ANC", "FIFA", "UEFA", "IOC",
        "ICC", "NBA", "NFL", "NHL", "Tass", "Itar-Tass", "Interfax", "Kyodo", "Yonhap", "UPI", "DPA", "ANSA", "PTI",
        "Bernama", "Antara", "Anatolia", "RIA", "Novosti", "CNBC", "ABC", "CBS", "NBC", "PBS", "NPR",
        "ITV", "Channel 4", "Al-Arabiya", "Sony", "Toyota", "Honda", "Nissan", "Mitsubishi", "Toshiba",
        "Hitachi", "Panasonic", "Samsung", "Hyundai", "Daewoo", "LG", "Ford Motor", "General Motors", "GM", "Chrysler",
        "IBM", "Intel", "Motorola", "Ericsson", "Nokia", "Siemens", "Philips", "Daimler", "Daimler-Benz",
        "Volkswagen", "VW", "MG Rover", "BMW", "Fiat", "Renault", "Peugeot", "Volvo", "Saab", "Royal Dutch Shell", "BP",
        "Exxon", "Mobil", "Exxon Mobil", "ExxonMobil", "British Petroleum", "ChevronTexaco", "Chevron", "Texaco",
        "Gazprom", "Nestle", "Unilever", "Airbus", "Alcatel",
        "Nomura", "Citibank", "Citicorp", "Citigroup", "Barclays", "HSBC", "Lloyds", "NatWest", "Deutsche Bank",
        "Commerzbank", "Credit Suisse", "UBS", "Merrill Lynch", "Goldman Sachs", "Morgan Stanley", "JP Morgan",
        "Coca-Cola", "Pepsi", "PepsiCo", "McDonald's", "Walmart", "Wal-Mart", "Disney", "Netflix", "Oracle",
        "Cisco", "Xerox", "Kodak", "AT&T", "Verizon", "Vodafone", "Telefonica", "Lufthansa", "Aeroflot",
        "Qantas", "Gulf Air", "Air France", "Alitalia", "Iberia", "KLM", "Bayer", "BASF", "Novartis",
        "Roche", "Pfizer", "Glaxo", "GlaxoSmithKline", "Reebok", "Nike", "Adidas", "Benetton", "Ferrari",
        "McLaren", "Labour", "Conservative Party", "Conservatives", "Tories", "Democrats", "Republicans", "Likud", "Liberal Democrats",
        "Plaid Cymru", "SNP", "UKIP", "Ukip", "Sinn Fein", "DUP",
        "Times", "House of Commons", "Commons", "House of Lords", "Lords", "Bundestag", "Knesset", "Duma", "Sejm", "Politburo", "Supreme Court", "Red Cross", "Greenpeace",
        "Amnesty International", "Human Rights Watch", "Medecins Sans Frontieres", "Hezb-e-Islami", "PKK",
        "Khmer Rouge", "Shin Bet", "Mujahideen", "PTI", "PML-N", "PPP", "MQM", "JUI-F", "Jamaat-e-Islami",
        "G8", "Nintendo", "Sega", "Yahoo", "BBC Sport", "Sky Sports", "Deutsche Boerse", "Deutsche Telekom", "ITV1", "ITV2", "BBC One",
        "BBC Two", "BBC Three", "BBC Four", "BBC1", "BBC2", "Channel 5", "Channel Four", "Channel Five", "Sky One", "E4",
        "All Blacks", "Wallabies", "Springboks", "Franz Ferdinand", "Scissor Sisters", "U2", "Coldplay", "Keane",
        "Kaiser Chiefs", "Razorlight", "Snow Patrol", "Radiohead", "Girls Aloud", "Sugababes", "Destiny's Child",
        "Green Day", "Duran Duran", "Rolling Stones", "Beatles", "Queens of the Stone Age", "Friends of the Earth",
        "Happy Mondays", "New Order", "Bucks Fizz", "Muse", "Band Aid", "Ask Jeeves", "Capgemini", "Air New Zealand", "VH1",
        "O2", "BSkyB", "Sony Ericsson", "ABN Amro", "Euronext", "Yukos", "Yuganskneftegas", "Rosneft", "Law Lords", "Black Eyed Peas",
        // Bodies whose letters are written as a word in British news.
        "Nasa", "NASA", "Cern", "CERN", "Ofcom", "Ofwat", "Ofgem", "Ofsted", "Acas", "Aslef", "Amicus", "Unison", "Europol",
        "Eurostat", "Nafta", "NAFTA", "Mercosur", "Asda", "Tesco",
        // Companies named for their founders, read otherwise as a person's name; those written with "'s" too.
        "Hewlett Packard", "Hewlett-Packard", "Rolls-Royce", "Rolls Royce", "Marks & Spencer", "Standard & Poor's", "Moody's", "Sainsbury's",
        "Sotheby's", "Christie's", "Lloyd's", "Macy's", "Bloomingdale's", "Marshall Field's", "Kellogg's", "Wendy's",
        "Domino's", "Foster's", "Ben & Jerry's");

    // Last words that make a name a programme, treaty, weapon or plan rather than a body.
    private static readonly HashSet<string> OtherHeads = Set(
        "Treaty", "Initiative", "Accords", "Accord", "Agreement", "Programme", "Program", "Corridor", "Strategy",
        "Doctrine", "Process", "Plan", "Act", "Convention", "Deal", "Operation", "War", "Protocol", "Pact",
        "Declaration", "Charter", "Resolution", "Policy", "Summit", "Conference", "Dialogue", "Project",
        "Missile", "Missiles", "Award", "Awards", "Prize", "Cup", "Olympics", "Games", "Festival", "Election", "Elections",
        "Revolution", "Crisis", "Sanctions", "Framework", "Compact", "Scheme", "Championships", "Championship", "Marathon",
        "Trophy", "Prix", "Lecture", "Lectures", "Prizes", "Tour", "Tournament");

    // Last words that, after a demonym, end the name of a tournament or empire ("Australian Open"), or of a body ("British Airways").
    private static readonly HashSet<string> EventsNamedWithDemonym = Set("Open", "Masters", "Classic", "Championship", "Championships", "Empire", "Idol");

    private static readonly HashSet<string> BodiesNamedWithDemonym = Set(
        "Airways", "Airlines", "Telecom", "Library", "Museum", "Theatre", "Times", "Express", "Rail", "Gas", "Steel", "Water");

    // Named things a reader knows: weapons, plans, treaties.
    // Fields of ministries and departments missing from the everyday words ("Department for Work and Pensions").
    private static readonly HashSet<string> BodysFields = Set(
        "Pensions", "Pension", "Fisheries", "Procurement", "Veterans", "Agriculture", "Tourism", "Telecommunications",
        "Aviation", "Defence", "Equalities", "Immigration", "Excise", "Regulatory", "Immunisation", "Immunization", "Vaccines");

    private static readonly HashSet<string> KnownOthers = Set(
        "Non-Proliferation Treaty", "NPT", "Magna Carta", "Belt and Road Initiative", "BRI", "CPEC", "Abraham Accords",
        "New Silk Road", "Silk Road", "Global War on Terror", "Marshall Plan", "Brexit", "Ramadan", "Eid",
        "Islam", "Christianity", "Hinduism", "Judaism", "Buddhism", "Koran", "Quran", "Bible", "Internet",
        "Golden Globe", "Golden Globes", "Oscar", "Oscars", "Bafta", "Baftas", "Grammy", "Grammys", "Emmy", "Emmys",
        "Premiership", "Olympics", "Olympic Games", "Christmas", "Easter", "US Open", "PSP", "PS2", "PlayStation",
        "PlayStation 2", "Xbox", "Game Boy", "Motorcycle Diaries", "Harry Potter", "Windows", "Windows XP", "Linux", "Vera Drake", "Gran Turismo",
        // Languages without a people's word of their own: "dubbed into Hindi" names no place.
        "Hindi", "Urdu", "Mandarin", "Cantonese", "Swahili", "Bengali", "Punjabi", "Gujarati", "Pashto", "Farsi", "Sanskrit",
        "Yiddish", "Esperanto", "Gaelic",
        // Diseases named for who described them.
        "Alzheimer's", "Parkinson's", "Huntington's", "Crohn's", "Asperger's", "Hodgkin's");

    // Alternative spellings of the same name.
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["Al-Qaida"] = "Al-Qaeda", ["Al Qaeda"] = "Al-Qaeda", ["Al Qaida"] = "Al-Qaeda",
        ["Tehrik-i-Taliban Pakistan"] = "Tehreek-i-Taliban Pakistan", ["Tehrik-e-Taliban Pakistan"] = "Tehreek-i-Taliban Pakistan",
        ["Balochistan"] = "Baluchistan", ["Kiev"] = "Kyiv", ["Teheran"] = "Tehran", ["LA"] = "Los Angeles", ["NY"] = "New York",

        // The UK's parties, as news writes them.
        ["Tories"] = "Conservative Party", ["Tory"] = "Conservative Party", ["Conservatives"] = "Conservative Party",
        ["Tory Party"] = "Conservative Party", ["Lib Dems"] = "Liberal Democrats", ["Lib Dem"] = "Liberal Democrats",
        ["Liberal Democrat"] = "Liberal Democrats", ["Labour Party"] = "Labour",

        // Its chambers, named whole or short: one entity each.
        ["Commons"] = "House of Commons", ["Lords"] = "House of Lords",
    };
}
