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
