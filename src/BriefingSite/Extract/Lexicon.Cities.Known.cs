namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Cities, states, provinces and counties, written from general knowledge: places that are not countries, so
    // that a sports report may use them as the name of a club. The states of the United States first, with the short
    // forms reports write after a town ("Palm Beach, Fla.").
    private static readonly HashSet<string> UsStates = Set(
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "West Virginia", "Wisconsin", "Wyoming");

    private static readonly Dictionary<string, string> StateShortForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Calif"] = "California", ["Fla"] = "Florida", ["Mich"] = "Michigan", ["Conn"] = "Connecticut", ["Ariz"] = "Arizona",
        ["Colo"] = "Colorado", ["Tenn"] = "Tennessee", ["Okla"] = "Oklahoma", ["Minn"] = "Minnesota",
    };

    private static readonly HashSet<string> Cities = Set(
        // Pakistan, Afghanistan, India and their neighbours.
        "Islamabad", "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Multan", "Faisalabad", "Gwadar",
        "Baluchistan", "Balochistan", "Sindh", "Punjab", "Khyber Pakhtunkhwa", "Gilgit-Baltistan", "Waziristan",
        "South Waziristan", "North Waziristan", "Kurram", "Swat", "Bajaur", "Khyber", "Chitral", "Sialkot",
        "Hyderabad", "Kabul", "Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad", "Kunar", "Nangarhar", "Helmand",
        "Khost", "Paktika", "Kunduz", "Badakhshan", "Panjshir", "New Delhi", "Delhi", "Mumbai", "Bombay", "Kolkata",
        "Calcutta", "Chennai", "Madras", "Bangalore", "Bengaluru", "Srinagar", "Jammu", "Ladakh", "Gujarat",
        "Kerala", "Assam", "Rajasthan", "Uttar Pradesh", "Bihar", "Ahmedabad", "Pune", "Lucknow", "Jaipur",
        "Amritsar", "Goa", "Tamil Nadu", "Karnataka", "Maharashtra", "West Bengal", "Andhra Pradesh", "Dhaka",
        "Chittagong", "Kathmandu", "Colombo", "Kandy", "Thimphu",
        // Middle East, Central Asia and the Caucasus.
        "Tehran", "Isfahan", "Mashhad", "Tabriz", "Baghdad", "Basra", "Mosul", "Kirkuk", "Arbil", "Erbil", "Falluja",
        "Fallujah", "Damascus", "Aleppo", "Homs", "Beirut", "Amman", "Riyadh", "Jeddah", "Mecca", "Medina", "Doha",
        "Dubai", "Abu Dhabi", "Sharjah", "Muscat", "Manama", "Kuwait City", "Sanaa", "Aden", "Ankara", "Istanbul",
        "Izmir", "Cairo", "Alexandria", "Tel Aviv", "Jerusalem", "Haifa", "Hebron", "Ramallah", "Nablus", "Jericho",
        "Bethlehem", "Tashkent", "Samarkand", "Dushanbe", "Ashgabat", "Bishkek", "Astana", "Almaty", "Alma-Ata",
        "Baku", "Tbilisi", "Yerevan", "Grozny", "Dagestan", "Ingushetia",
        // East and Southeast Asia, Oceania.
        "Beijing", "Peking", "Shanghai", "Shenzhen", "Guangzhou", "Canton", "Wuhan", "Tianjin", "Chongqing",
        "Chengdu", "Nanjing", "Hangzhou", "Xian", "Harbin", "Lhasa", "Urumqi", "Guangdong", "Fujian", "Sichuan",
        "Yunnan", "Hunan", "Hubei", "Zhejiang", "Jiangsu", "Shandong", "Henan", "Hebei", "Manchuria", "Tokyo",
        "Osaka", "Kyoto", "Yokohama", "Kobe", "Nagoya", "Hiroshima", "Nagasaki", "Sapporo", "Fukuoka", "Okinawa",
        "Hokkaido", "Seoul", "Busan", "Pusan", "Incheon", "Pyongyang", "Taipei", "Kaohsiung", "Bangkok",
        "Chiang Mai", "Hanoi", "Ho Chi Minh City", "Saigon", "Phnom Penh", "Vientiane", "Rangoon", "Yangon",
        "Mandalay", "Naypyidaw", "Manila", "Cebu", "Mindanao", "Jakarta", "Surabaya", "Aceh", "Kuala Lumpur",
        "Penang", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Hobart",
        "Queensland", "New South Wales", "Auckland", "Wellington", "Christchurch", "Port Moresby",
        // Europe.
        "Moscow", "St Petersburg", "Saint Petersburg", "Leningrad", "Volgograd", "Novosibirsk", "Yekaterinburg",
        "Vladivostok", "Murmansk", "Kaliningrad", "Kyiv", "Kiev", "Kharkiv", "Kharkov", "Odesa", "Odessa", "Lviv",
        "Donetsk", "Luhansk", "Minsk", "Vilnius", "Riga", "Tallinn", "Warsaw", "Krakow", "Gdansk", "Berlin",
        "Munich", "Hamburg", "Frankfurt", "Cologne", "Bonn", "Stuttgart", "Dusseldorf", "Dortmund", "Leipzig",
        "Dresden", "Bremen", "Hanover", "Bavaria", "Saxony", "Paris", "Marseille", "Marseilles", "Lyon", "Lyons",
        "Toulouse", "Nice", "Bordeaux", "Lille", "Strasbourg", "Nantes", "Corsica", "Normandy", "Brittany",
        "Provence", "London", "Manchester", "Liverpool", "Birmingham", "Leeds", "Sheffield", "Bristol", "Newcastle",
        "Nottingham", "Leicester", "Southampton", "Portsmouth", "Brighton", "Oxford", "Cambridge", "York",
        "Coventry", "Norwich", "Ipswich", "Plymouth", "Bradford", "Hull", "Sunderland", "Middlesbrough",
        "Bolton", "Blackburn", "Wolverhampton", "Stoke", "Swindon", "Exeter", "Cardiff", "Swansea",
        "Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness", "Belfast", "Londonderry", "Dublin", "Cork",
        "Limerick", "Galway", "Yorkshire", "Lancashire", "Kent", "Surrey", "Sussex", "Essex", "Middlesex",
        "Hampshire", "Somerset", "Devon", "Cornwall", "Dorset", "Wiltshire", "Gloucestershire", "Oxfordshire",
        "Warwickshire", "Worcestershire", "Leicestershire", "Derbyshire", "Nottinghamshire", "Northamptonshire",
        "Lincolnshire", "Norfolk", "Suffolk", "Durham", "Northumberland", "Cumbria", "Cheshire", "Staffordshire",
        "Shropshire", "Herefordshire", "Berkshire", "Buckinghamshire", "Hertfordshire", "Bedfordshire",
        "Cambridgeshire", "Glamorgan", "Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Malaga",
        "Zaragoza", "Catalonia", "Andalusia", "Basque Country", "Lisbon", "Porto", "Oporto", "Rome", "Milan",
        "Naples", "Turin", "Florence", "Venice", "Genoa", "Bologna", "Palermo", "Verona", "Sicily", "Sardinia",
        "Lombardy", "Tuscany", "Vienna", "Salzburg", "Graz", "Innsbruck", "Brussels", "Antwerp", "Ghent", "Liege",
        "Bruges", "Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven", "Geneva", "Zurich", "Basel",
        "Bern", "Berne", "Lausanne", "Luxembourg City", "Stockholm", "Gothenburg", "Malmo", "Oslo", "Bergen",
        "Copenhagen", "Helsinki", "Reykjavik", "Athens", "Thessaloniki", "Prague", "Brno", "Bratislava",
        "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Ljubljana", "Sarajevo", "Mostar", "Skopje",
        "Tirana", "Podgorica", "Pristina", "Chisinau", "Nicosia", "Valletta", "Monte Carlo",
        // The Americas.
        "Washington", "New York", "New York City", "Los Angeles", "Chicago", "San Francisco", "Boston", "Miami",
        "Houston", "Dallas", "Philadelphia", "Phoenix", "San Diego", "San Antonio", "San Jose", "Detroit",
        "Seattle", "Denver", "Atlanta", "Baltimore", "Pittsburgh", "Cleveland", "Cincinnati", "St Louis",
        "St. Louis", "Kansas City", "Minneapolis", "Milwaukee", "New Orleans", "Las Vegas", "Portland",
        "Sacramento", "Oakland", "Tampa", "Nashville", "Memphis", "Indianapolis", "Des Moines",
        "Salt Lake City", "Honolulu", "Anchorage", "Newark", "Jersey City", "Brooklyn",
        "Manhattan", "Bronx", "Harlem", "Hollywood",
        "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Quebec", "Ontario",
        "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "Newfoundland", "Mexico City",
        "Guadalajara", "Monterrey", "Tijuana", "Havana", "Port-au-Prince", "San Juan", "Panama City",
        "San Salvador", "Tegucigalpa", "Managua", "Guatemala City", "Caracas", "Bogota", "Medellin", "Cali",
        "Quito", "Guayaquil", "Lima", "La Paz", "Santiago", "Buenos Aires", "Montevideo", "Asuncion", "Brasilia",
        "Rio de Janeiro", "Sao Paulo", "Recife", "Porto Alegre", "Belo Horizonte",
        // Africa.
        "Nairobi", "Mombasa", "Addis Ababa", "Lagos", "Abuja", "Kano", "Accra", "Dakar", "Abidjan", "Bamako",
        "Niamey", "Ouagadougou", "Freetown", "Monrovia", "Conakry", "Kinshasa", "Brazzaville", "Kigali",
        "Bujumbura", "Kampala", "Dar es Salaam", "Zanzibar", "Lusaka", "Harare", "Bulawayo", "Maputo", "Luanda",
        "Windhoek", "Gaborone", "Pretoria", "Johannesburg", "Cape Town", "Durban", "Soweto", "Khartoum",
        "Darfur", "Juba", "Tripoli", "Benghazi", "Tunis", "Algiers", "Rabat", "Casablanca", "Marrakesh",
        "Mogadishu", "Asmara", "Djibouti City", "N'Djamena", "Yaounde", "Douala", "Antananarivo");
}
