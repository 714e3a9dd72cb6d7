"""Place-name tables for guessing a country: ISO codes, country and region names, cities."""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """Space-separated codes, written as text to keep long code tables readable."""
    return text.split()


# Officially assigned ISO 3166-1 alpha-2 codes (249).
ISO_COUNTRIES = frozenset(
    _words(
        """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
    GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
    MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
    ZW
    """
    )
)

# Names a person types for a country or one of its parts; strong evidence.
NAMES: dict[str, str] = {
    **dict.fromkeys(
        (
            "united kingdom",
            "uk",
            "u.k.",
            "great britain",
            "britain",
            "england",
            "scotland",
            "wales",
            "northern ireland",
            "cymru",
        ),
        "GB",
    ),
    **dict.fromkeys(("ireland", "republic of ireland", "eire", "éire"), "IE"),
    **dict.fromkeys(("germany", "deutschland", "bundesrepublik deutschland"), "DE"),
    **dict.fromkeys(("austria", "osterreich", "oesterreich"), "AT"),
    **dict.fromkeys(
        ("switzerland", "schweiz", "suisse", "svizzera", "confoederatio helvetica"), "CH"
    ),
    **dict.fromkeys(("netherlands", "the netherlands", "nederland", "holland"), "NL"),
    **dict.fromkeys(("canada",), "CA"),
    **dict.fromkeys(("australia",), "AU"),
    **dict.fromkeys(("new zealand", "aotearoa"), "NZ"),
    **dict.fromkeys(("india", "bharat"), "IN"),
    **dict.fromkeys(
        ("united states", "united states of america", "usa", "u.s.a.", "u.s.", "america"), "US"
    ),
    **dict.fromkeys(("france",), "FR"),
    **dict.fromkeys(("spain", "espana"), "ES"),
    **dict.fromkeys(("italy", "italia"), "IT"),
    **dict.fromkeys(("belgium", "belgie", "belgique"), "BE"),
    **dict.fromkeys(("poland", "polska"), "PL"),
    **dict.fromkeys(("sweden", "sverige"), "SE"),
    **dict.fromkeys(("singapore",), "SG"),
    **dict.fromkeys(("south africa",), "ZA"),
    # Provinces, states and territories written out.
    **dict.fromkeys(
        (
            "ontario",
            "quebec",
            "british columbia",
            "alberta",
            "manitoba",
            "saskatchewan",
            "nova scotia",
            "new brunswick",
            "newfoundland and labrador",
            "prince edward island",
            "yukon",
            "nunavut",
            "northwest territories",
        ),
        "CA",
    ),
    **dict.fromkeys(
        (
            "new south wales",
            "queensland",
            "western australia",
            "south australia",
            "tasmania",
            "australian capital territory",
            "northern territory",
        ),
        "AU",
    ),
    **dict.fromkeys(
        (
            "bavaria",
            "bayern",
            "baden-wurttemberg",
            "nordrhein-westfalen",
            "north rhine-westphalia",
            "hessen",
            "hesse",
            "niedersachsen",
            "lower saxony",
            "sachsen",
            "saxony",
        ),
        "DE",
    ),
    **dict.fromkeys(
        (
            "maharashtra",
            "karnataka",
            "tamil nadu",
            "telangana",
            "kerala",
            "west bengal",
            "uttar pradesh",
            "gujarat",
            "haryana",
        ),
        "IN",
    ),
    **dict.fromkeys(("california", "texas", "new york state", "florida", "massachusetts"), "US"),
}

# Abbreviations that count only as a part of their own ("Toronto, ON") or in capitals.
CODES: dict[str, frozenset[str]] = {
    **{code: frozenset({"CA"}) for code in _words("ON QC BC AB MB SK NS NB NL PE YT NT NU")},
    **{code: frozenset({"AU"}) for code in _words("NSW VIC QLD SA TAS ACT")},
    **{
        code: frozenset({"US"})
        for code in _words(
            "AL AK AZ AR CO CT DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
            "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WV WI WY"
        )
    },
    "WA": frozenset({"US", "AU"}),
    "NT": frozenset({"CA", "AU"}),
    "CA": frozenset({"US", "CA"}),
    "DE": frozenset({"US", "DE"}),
    "IN": frozenset({"US", "IN"}),
    "GB": frozenset({"GB"}),
    "UK": frozenset({"GB"}),
    "IE": frozenset({"IE"}),
    "AT": frozenset({"AT"}),
    "CH": frozenset({"CH"}),
    "NZ": frozenset({"NZ"}),
    "AU": frozenset({"AU"}),
    "US": frozenset({"US"}),
    "USA": frozenset({"US"}),
}

# Cities: weaker evidence, and some names belong to more than one country.
CITIES: dict[str, frozenset[str]] = {
    **{
        c: frozenset({"GB"})
        for c in (
            "london",
            "manchester",
            "leeds",
            "liverpool",
            "glasgow",
            "edinburgh",
            "bristol",
            "cardiff",
            "belfast",
            "sheffield",
            "newcastle upon tyne",
            "nottingham",
            "leicester",
            "southampton",
            "reading",
            "oxford",
            "milton keynes",
            "aberdeen",
            "swansea",
            "coventry",
        )
    },
    **{c: frozenset({"IE"}) for c in ("dublin", "cork", "galway", "limerick", "waterford")},
    **{
        c: frozenset({"DE"})
        for c in (
            "berlin",
            "munchen",
            "muenchen",
            "munich",
            "hamburg",
            "koln",
            "koeln",
            "cologne",
            "frankfurt",
            "frankfurt am main",
            "stuttgart",
            "dusseldorf",
            "duesseldorf",
            "dortmund",
            "essen",
            "leipzig",
            "dresden",
            "hannover",
            "hanover",
            "nurnberg",
            "nuernberg",
            "nuremberg",
            "bremen",
            "bonn",
            "karlsruhe",
            "mannheim",
        )
    },
    **{
        c: frozenset({"AT"})
        for c in ("wien", "vienna", "graz", "linz", "salzburg", "innsbruck", "klagenfurt")
    },
    **{
        c: frozenset({"CH"})
        for c in (
            "zurich",
            "zuerich",
            "geneva",
            "geneve",
            "genf",
            "basel",
            "bern",
            "berne",
            "lausanne",
            "lucerne",
            "luzern",
            "lugano",
            "winterthur",
            "st. gallen",
        )
    },
    **{
        c: frozenset({"NL"})
        for c in (
            "amsterdam",
            "rotterdam",
            "den haag",
            "the hague",
            "utrecht",
            "eindhoven",
            "groningen",
            "tilburg",
            "almere",
            "nijmegen",
            "delft",
            "leiden",
        )
    },
    **{
        c: frozenset({"CA"})
        for c in (
            "toronto",
            "montreal",
            "vancouver",
            "calgary",
            "ottawa",
            "edmonton",
            "winnipeg",
            "mississauga",
            "quebec city",
            "halifax",
            "saskatoon",
            "regina",
            "kitchener",
            "waterloo",
        )
    },
    **{
        c: frozenset({"AU"})
        for c in (
            "sydney",
            "melbourne",
            "brisbane",
            "adelaide",
            "canberra",
            "hobart",
            "gold coast",
            "darwin",
        )
    },
    **{
        c: frozenset({"NZ"})
        for c in ("auckland", "christchurch", "dunedin", "tauranga", "palmerston north")
    },
    **{
        c: frozenset({"IN"})
        for c in (
            "mumbai",
            "bombay",
            "delhi",
            "new delhi",
            "bengaluru",
            "bangalore",
            "pune",
            "chennai",
            "madras",
            "hyderabad",
            "kolkata",
            "calcutta",
            "noida",
            "gurugram",
            "gurgaon",
            "ahmedabad",
            "kochi",
            "thiruvananthapuram",
            "trivandrum",
            "coimbatore",
            "chandigarh",
        )
    },
    **{
        c: frozenset({"US"})
        for c in (
            "new york",
            "new york city",
            "nyc",
            "san francisco",
            "los angeles",
            "chicago",
            "seattle",
            "boston",
            "austin",
            "dallas",
            "houston",
            "atlanta",
            "denver",
            "washington dc",
            "washington, d.c.",
            "phoenix",
            "philadelphia",
            "san diego",
            "san jose",
            "miami",
        )
    },
    # Names shared by well-known places in several countries: never decide alone.
    "perth": frozenset({"AU", "GB"}),
    "birmingham": frozenset({"GB", "US"}),
    "cambridge": frozenset({"GB", "US"}),
    "hamilton": frozenset({"CA", "NZ"}),
    "wellington": frozenset({"NZ"}),
    "victoria": frozenset({"AU", "CA"}),
    "richmond": frozenset({"US", "CA", "GB"}),
}

_CA_PROVINCES = _words("ON QC BC AB MB SK NS NB NL PE YT NT NU")
_AU_STATES = _words("NSW VIC QLD SA TAS ACT WA NT")
_US_STATES = _words(
    "AL AK AZ AR CA CO CT DC DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
    "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)


def _subdivision_codes() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for country, codes in (("CA", _CA_PROVINCES), ("AU", _AU_STATES), ("US", _US_STATES)):
        for code in codes:
            table.setdefault(code, set()).add(f"{country}-{code}")
    return {code: frozenset(found) for code, found in table.items()}


# "Toronto, ON" -> CA-ON; "Perth, WA" -> AU-WA or US-WA, settled by the country.
SUBDIVISION_CODES = _subdivision_codes()


def _each(codes: str, subdivision: str) -> dict[str, frozenset[str]]:
    """Several names (separated by '|') for one ISO 3166-2 subdivision."""
    return {name: frozenset({subdivision}) for name in codes.split("|")}


# Folded region and city names -> ISO 3166-2 subdivisions they lie in.
SUBDIVISION_NAMES: dict[str, frozenset[str]] = {
    # United Kingdom
    **_each("england|london|manchester|leeds|liverpool|sheffield|nottingham|leicester", "GB-ENG"),
    **_each(
        "bristol|southampton|reading|oxford|milton keynes|coventry|newcastle upon tyne", "GB-ENG"
    ),
    **_each("scotland|glasgow|edinburgh|aberdeen", "GB-SCT"),
    **_each("wales|cymru|cardiff|swansea", "GB-WLS"),
    **_each("northern ireland|belfast", "GB-NIR"),
    # Ireland
    **_each("dublin", "IE-D"),
    **_each("cork", "IE-CO"),
    **_each("galway", "IE-G"),
    **_each("limerick", "IE-LK"),
    **_each("waterford", "IE-WD"),
    # Germany
    **_each("bavaria|bayern|munchen|muenchen|munich|nurnberg|nuernberg|nuremberg", "DE-BY"),
    **_each("baden-wurttemberg|stuttgart|karlsruhe|mannheim", "DE-BW"),
    **_each("nordrhein-westfalen|north rhine-westphalia|koln|koeln|cologne", "DE-NW"),
    **_each("dusseldorf|duesseldorf|dortmund|essen|bonn", "DE-NW"),
    **_each("hessen|hesse|frankfurt|frankfurt am main", "DE-HE"),
    **_each("niedersachsen|lower saxony|hannover|hanover", "DE-NI"),
    **_each("sachsen|saxony|leipzig|dresden", "DE-SN"),
    **_each("berlin", "DE-BE"),
    **_each("hamburg", "DE-HH"),
    **_each("bremen", "DE-HB"),
    # Austria (ISO 3166-2 uses numbers for the federal states)
    **_each("wien|vienna", "AT-9"),
    **_each("graz", "AT-6"),
    **_each("linz", "AT-4"),
    **_each("salzburg", "AT-5"),
    **_each("innsbruck", "AT-7"),
    **_each("klagenfurt", "AT-2"),
    # Switzerland
    **_each("zurich|zuerich|winterthur", "CH-ZH"),
    **_each("geneva|geneve|genf", "CH-GE"),
    **_each("basel", "CH-BS"),
    **_each("bern|berne", "CH-BE"),
    **_each("lausanne", "CH-VD"),
    **_each("lucerne|luzern", "CH-LU"),
    **_each("lugano", "CH-TI"),
    **_each("st. gallen", "CH-SG"),
    # Netherlands
    **_each("amsterdam", "NL-NH"),
    **_each("rotterdam|den haag|the hague|delft|leiden", "NL-ZH"),
    **_each("utrecht", "NL-UT"),
    **_each("eindhoven|tilburg", "NL-NB"),
    **_each("groningen", "NL-GR"),
    **_each("almere", "NL-FL"),
    **_each("nijmegen", "NL-GE"),
    # Canada
    **_each("ontario|toronto|ottawa|mississauga|kitchener|waterloo", "CA-ON"),
    **_each("quebec|montreal|quebec city", "CA-QC"),
    **_each("british columbia|vancouver", "CA-BC"),
    **_each("alberta|calgary|edmonton", "CA-AB"),
    **_each("manitoba|winnipeg", "CA-MB"),
    **_each("saskatchewan|saskatoon|regina", "CA-SK"),
    **_each("nova scotia|halifax", "CA-NS"),
    **_each("new brunswick", "CA-NB"),
    **_each("newfoundland and labrador", "CA-NL"),
    **_each("prince edward island", "CA-PE"),
    **_each("yukon", "CA-YT"),
    **_each("nunavut", "CA-NU"),
    **_each("northwest territories", "CA-NT"),
    # Australia
    **_each("new south wales|sydney", "AU-NSW"),
    **_each("victoria|melbourne", "AU-VIC"),
    **_each("queensland|brisbane|gold coast", "AU-QLD"),
    **_each("western australia", "AU-WA"),
    **_each("south australia|adelaide", "AU-SA"),
    **_each("tasmania|hobart", "AU-TAS"),
    **_each("australian capital territory|canberra", "AU-ACT"),
    **_each("northern territory|darwin", "AU-NT"),
    # New Zealand
    **_each("auckland", "NZ-AUK"),
    **_each("wellington", "NZ-WGN"),
    **_each("christchurch", "NZ-CAN"),
    **_each("dunedin", "NZ-OTA"),
    **_each("tauranga", "NZ-BOP"),
    **_each("palmerston north", "NZ-MWT"),
    # India
    **_each("maharashtra|mumbai|bombay|pune", "IN-MH"),
    **_each("karnataka|bengaluru|bangalore", "IN-KA"),
    **_each("tamil nadu|chennai|madras|coimbatore", "IN-TN"),
    **_each("telangana|hyderabad", "IN-TG"),
    **_each("kerala|kochi|thiruvananthapuram|trivandrum", "IN-KL"),
    **_each("west bengal|kolkata|calcutta", "IN-WB"),
    **_each("uttar pradesh|noida", "IN-UP"),
    **_each("haryana|gurugram|gurgaon", "IN-HR"),
    **_each("gujarat|ahmedabad", "IN-GJ"),
    **_each("delhi|new delhi", "IN-DL"),
    **_each("chandigarh", "IN-CH"),
    # United States
    **_each("california|san francisco|los angeles|san diego|san jose", "US-CA"),
    **_each("texas|austin|dallas|houston", "US-TX"),
    **_each("new york state|new york|new york city|nyc", "US-NY"),
    **_each("florida|miami", "US-FL"),
    **_each("massachusetts|boston", "US-MA"),
    **_each("chicago", "US-IL"),
    **_each("seattle", "US-WA"),
    **_each("atlanta", "US-GA"),
    **_each("denver", "US-CO"),
    **_each("washington dc|washington, d.c.", "US-DC"),
    **_each("phoenix", "US-AZ"),
    **_each("philadelphia", "US-PA"),
}

# Names shared by places in several countries; the country decides which one is meant.
SUBDIVISION_NAMES.update(
    {
        "perth": frozenset({"AU-WA", "GB-SCT"}),
        "birmingham": frozenset({"GB-ENG", "US-AL"}),
        "cambridge": frozenset({"GB-ENG", "US-MA"}),
        "hamilton": frozenset({"CA-ON", "NZ-WKO"}),
    }
)
