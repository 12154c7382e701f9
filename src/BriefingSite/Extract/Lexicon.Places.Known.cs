namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Countries, continents, seas and world regions, written from general knowledge; cities are in Lexicon.Cities.Known.cs.
    private static readonly HashSet<string> KnownPlaces = Set(
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin",
        "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi",
        "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Costa Rica", "Croatia",
        "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Djibouti", "Dominican Republic", "Ecuador", "Egypt",
        "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
        "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary",
        "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica",
        "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
        "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
        "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nepal", "Netherlands", "Holland",
        "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman",
        "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
        "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone",
        "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
        "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Togo", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
        "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia",
        "Zimbabwe", "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "Gaza",
        "West Bank", "Crimea", "Chechnya", "Tibet", "Xinjiang", "Kashmir", "Hong Kong", "Macau", "Yugoslavia",
        "Soviet Union", "USSR", "Macedonia", "Puerto Rico", "San Marino", "Vatican", "Korea", "Zaire", "Greenland",
        "Trinidad", "Tobago", "Trinidad and Tobago", "East Timor", "Timor-Leste", "Cape Verde", "Equatorial Guinea",
        "Guinea-Bissau", "Central African Republic", "Seychelles", "Comoros", "Bermuda", "Gibraltar", "Samoa",
        "Tonga", "Vanuatu", "Solomon Islands", "Antigua", "Grenada", "Dominica", "Kurdistan", "Abkhazia",
        "Faroe Islands", "Bosnia and Herzegovina", "Herzegovina", "Slovak Republic", "Russian Federation",
        "Republic of Ireland", "Irish Republic", "Ulster", "Tasmania", "Borneo", "Sumatra", "Java", "Bali",
        "Asia", "Europe", "Africa", "North America", "South America", "Latin America", "Antarctica", "Oceania",
        "Middle East", "South Asia", "Central Asia", "East Asia", "Southeast Asia", "West Asia", "Eurasia",
        "Gulf", "Persian Gulf", "Arabian Sea", "Indian Ocean", "Pacific", "Atlantic", "Balkans", "Caucasus",
        "Scandinavia", "Sahel", "Horn of Africa", "Indo-Pacific", "Arctic", "Mediterranean", "Black Sea",
        "South China Sea", "Red Sea", "Caspian Sea", "Himalayas", "Siberia", "Balkan", "Baltic", "Baltics",
        "Adriatic", "Aegean", "North Sea", "Baltic Sea", "Irish Sea", "English Channel", "Gulf of Mexico",
        "Caribbean", "Andes", "Alps", "Amazon", "Nile", "Danube", "Rhine", "Yangtze", "Mekong", "Ganges", "Indus",
        "Euphrates", "Tigris", "Jordan River", "Sinai", "Golan Heights", "Persian Gulf", "Strait of Hormuz",
        "Korean Peninsula", "Great Lakes", "Midwest", "Far East", "Near East", "Western Europe", "Eastern Europe",
        "Central Europe", "Southern Africa", "West Africa", "East Africa", "North Africa", "Central America",
        "North East", "North West", "South East", "South West", "West Country", "Home Counties", "Northern Hemisphere",
        "Southern Hemisphere", "White House", "Pentagon",
        "Capitol Hill", "Wall Street", "Silicon Valley", "Old Trafford");

    // Names a country goes by besides its usual one.
    private static readonly Dictionary<string, string> CountryAliases = new(StringComparer.Ordinal)
    {
        ["US"] = "United States", ["U.S."] = "United States", ["USA"] = "United States", ["U.S.A."] = "United States",
        ["America"] = "United States", ["United States of America"] = "United States",
        ["UK"] = "United Kingdom", ["U.K."] = "United Kingdom", ["Britain"] = "United Kingdom", ["Great Britain"] = "United Kingdom", ["UAE"] = "United Arab Emirates",
        ["PRC"] = "China", ["DPRK"] = "North Korea", ["KSA"] = "Saudi Arabia",
    };

    // Adjectives of nationality, pointing at their country.
    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.Ordinal)
    {
        ["Pakistani"] = "Pakistan", ["Afghan"] = "Afghanistan", ["American"] = "United States",
        ["Indian"] = "India", ["Chinese"] = "China", ["Russian"] = "Russia", ["Iranian"] = "Iran",
        ["Israeli"] = "Israel", ["Saudi"] = "Saudi Arabia", ["Turkish"] = "Turkey", ["British"] = "United Kingdom",
        ["French"] = "France", ["German"] = "Germany", ["Japanese"] = "Japan", ["Korean"] = "Korea",
        ["Ukrainian"] = "Ukraine", ["Syrian"] = "Syria", ["Iraqi"] = "Iraq", ["Egyptian"] = "Egypt",
        ["Bangladeshi"] = "Bangladesh", ["Nepali"] = "Nepal", ["Sri Lankan"] = "Sri Lanka", ["Uzbek"] = "Uzbekistan",
        ["Tajik"] = "Tajikistan", ["Qatari"] = "Qatar", ["Emirati"] = "United Arab Emirates", ["Belarusian"] = "Belarus",
        ["Malaysian"] = "Malaysia", ["Indonesian"] = "Indonesia", ["Italian"] = "Italy", ["Spanish"] = "Spain",
        ["Canadian"] = "Canada", ["Australian"] = "Australia", ["Mexican"] = "Mexico", ["Brazilian"] = "Brazil",
        ["Polish"] = "Poland", ["Dutch"] = "Netherlands", ["Swedish"] = "Sweden", ["Norwegian"] = "Norway",
        ["Greek"] = "Greece", ["Taiwanese"] = "Taiwan", ["Vietnamese"] = "Vietnam", ["Thai"] = "Thailand",
        ["Filipino"] = "Philippines", ["Nigerian"] = "Nigeria", ["Kenyan"] = "Kenya", ["Ethiopian"] = "Ethiopia",
        ["Lebanese"] = "Lebanon", ["Jordanian"] = "Jordan", ["Yemeni"] = "Yemen", ["Libyan"] = "Libya",
        ["Palestinian"] = "Palestine", ["South Korean"] = "South Korea", ["North Korean"] = "North Korea",
        ["South African"] = "South Africa", ["Argentine"] = "Argentina", ["Chilean"] = "Chile", ["Peruvian"] = "Peru",
        ["Colombian"] = "Colombia", ["Cuban"] = "Cuba", ["Czech"] = "Czech Republic", ["Danish"] = "Denmark",
        ["Finnish"] = "Finland", ["Hungarian"] = "Hungary", ["Romanian"] = "Romania", ["Bulgarian"] = "Bulgaria",
        ["Serbian"] = "Serbia", ["Croatian"] = "Croatia", ["Swiss"] = "Switzerland", ["Austrian"] = "Austria",
        ["Belgian"] = "Belgium", ["Portuguese"] = "Portugal", ["Scottish"] = "Scotland", ["English"] = "England",
        ["Welsh"] = "Wales", ["Moroccan"] = "Morocco", ["Algerian"] = "Algeria", ["Tunisian"] = "Tunisia",
        ["Sudanese"] = "Sudan", ["Somali"] = "Somalia", ["Zimbabwean"] = "Zimbabwe", ["Ghanaian"] = "Ghana", ["Kuwaiti"] = "Kuwait", ["Omani"] = "Oman", ["Irish"] = "Ireland",

        // Nouns of nationality, as in "Briton Tim Henman" and "Frenchman Arnaud Clement".
        ["Briton"] = "United Kingdom", ["Spaniard"] = "Spain", ["Frenchman"] = "France", ["Frenchwoman"] = "France",
        ["Swede"] = "Sweden", ["Dutchman"] = "Netherlands", ["Dutchwoman"] = "Netherlands", ["Welshman"] = "Wales",
        ["Welshwoman"] = "Wales", ["Englishman"] = "England", ["Englishwoman"] = "England", ["Irishman"] = "Ireland",
        ["Irishwoman"] = "Ireland", ["Scotsman"] = "Scotland", ["Scotswoman"] = "Scotland", ["Croat"] = "Croatia",
        ["Serb"] = "Serbia", ["Argentinian"] = "Argentina",
    };

    // Nouns of nationality that are also first names ("Dane Bowers") or words of their own ("Kiwi"): read as nationality
    // only before a full name.
    private static readonly Dictionary<string, string> NameLikeDemonyms = new(StringComparer.Ordinal)
    {
        ["Dane"] = "Denmark", ["Scot"] = "Scotland", ["Finn"] = "Finland", ["Kiwi"] = "New Zealand", ["Aussie"] = "Australia",
    };

    // Places or buildings that stand for a government.
    private static readonly Dictionary<string, string> Metonyms = new(StringComparer.Ordinal)
    {
        ["Kremlin"] = "Russia", ["Downing Street"] = "United Kingdom", ["Elysee"] = "France",
    };

    // Last words that make a name a place: "South Waziristan District", "Gwadar Port".
    private static readonly HashSet<string> PlaceHeads = Set(
        "Province", "District", "Port", "Valley", "Region", "City", "County", "Island", "Islands",
        "Mountains", "Mountain", "River", "Sea", "Ocean", "Lake", "Bay", "Strait", "Straits", "Peninsula", "Desert",
        "Airport", "Harbour", "Harbor", "Pass", "Territory", "Territories", "Coast", "End", "Dam", "Canal", "Reservoir");

    // Last words of streets, squares, grounds and buildings, which are also surnames ("Nathan Lane", "Wayne Bridge",
    // "Jerry Hall"): a place unless a first name stands before them.
    private static readonly HashSet<string> VenueHeads = Set(
        "Street", "Square", "Stadium", "Park", "Lane", "Bridge", "Avenue", "Theatre", "Theater", "Arena", "Road", "Cathedral",
        "Abbey", "Castle", "Gallery", "Boulevard", "Temple", "Mosque", "Shrine", "Hall", "Auditorium", "Amphitheatre",
        "Amphitheater", "Prison", "Hospital", "Chapel", "Palace", "Museum", "Creek", "Springs", "Falls");

    private static readonly HashSet<string> PlaceNouns = CaseSensitiveSet(
        "province", "district", "port", "valley", "region", "city", "county", "state", "border", "capital",
        "island", "islands", "river", "coast", "town", "village", "airport", "harbour", "harbor", "area", "areas");
}
