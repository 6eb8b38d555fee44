"""Held-out corpus 15, places: names, addresses, phones and firms of the UK, Ireland, Australia,
New Zealand and India, each in its local printed form with its E.164 normal form."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class Region:
    code: str
    currency: str
    dial: str
    first: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]  # (locality, state/county or city)
    insurers: tuple[str, ...]
    brokers: tuple[str, ...]
    licence: str                         # how a broker prints its licence
    mail: tuple[str, ...]


UK = Region(
    "GB", "GBP", "44",
    ("Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Jack", "Poppy", "Rhys", "Nia"),
    ("Whitfield", "Ashworth", "Pemberton", "Holloway", "Thornton", "Bradshaw", "Kendrick",
     "Ellison", "Gallagher", "Hargreaves"),
    ("Elm Grove", "Station Road", "Church Lane", "Victoria Street", "Mill Close", "Park Avenue"),
    (("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR2"), ("Cardiff", "CF14"),
     ("Reading", "RG1"), ("York", "YO10")),
    ("Albion Mutual Insurance plc", "Northgate General Assurance", "Severn & Thames Insurance"),
    ("Harcourt Lane Insurance Brokers Ltd", "Pennine Risk Partners LLP", "Kestrel Brokers Ltd"),
    "Authorised and regulated by the Financial Conduct Authority, FRN",
    ("btinternet.com", "outlook.com", "gmail.com"))
IE = Region(
    "IE", "EUR", "353",
    ("Ciaran", "Aoife", "Darragh", "Siobhan", "Eoin", "Niamh", "Padraig", "Roisin", "Cian", "Orla"),
    ("O'Connor", "Byrne", "Kavanagh", "Fitzgerald", "Doyle", "Brennan", "Quinlan", "Moran",
     "Carroll", "Nolan"),
    ("Seafield Road", "Main Street", "Convent Hill", "Strand Road", "Castle Park", "Abbey View"),
    (("Clontarf, Dublin 3", "D03"), ("Douglas, Cork", "T12"), ("Salthill, Galway", "H91"),
     ("Tramore, Co. Waterford", "X91"), ("Naas, Co. Kildare", "W91"), ("Ennis, Co. Clare", "V95")),
    ("Liffey General Insurance DAC", "Shannon Mutual Assurance", "Emerald Isle Insurance DAC"),
    ("Corrib Insurance Brokers Ltd", "Boyne Valley Brokers", "Atlantic Risk Advisers Ltd"),
    "Regulated by the Central Bank of Ireland, ref. C", ("eircom.net", "gmail.com", "yahoo.ie"))
AU = Region(
    "AU", "AUD", "61",
    ("Lachlan", "Chloe", "Mitchell", "Jessica", "Brodie", "Tahlia", "Jarrod", "Kirra", "Hamish",
     "Matilda"),
    ("Nguyen", "Henderson", "Kowalski", "Papadopoulos", "Fairweather", "Cartwright", "Donnelly",
     "Ridgeway", "Lindqvist", "Abernethy"),
    ("Banksia Street", "Wattle Avenue", "Jacaranda Crescent", "Bottlebrush Drive", "Ocean Parade",
     "Kookaburra Close"),
    (("Parramatta", "NSW 2150"), ("Brunswick", "VIC 3056"), ("Toowong", "QLD 4066"),
     ("Fremantle", "WA 6160"), ("Glenelg", "SA 5045"), ("Kingston", "TAS 7050")),
    ("Southern Cross Insurance Ltd", "Coral Coast General Insurance", "Wattle Mutual Insurance"),
    ("Harbourside Insurance Brokers Pty Ltd", "Redgum Risk Services Pty Ltd",
     "Boomerang Broking Pty Ltd"), "AFSL", ("bigpond.com", "gmail.com", "optusnet.com.au"))
NZ = Region(
    "NZ", "NZD", "64",
    ("Tama", "Aroha", "Finn", "Mere", "Callum", "Ngaio", "Rawiri", "Kaia", "Blair", "Hana"),
    ("Parata", "Mackay-Smith", "Tawhiri", "Rutherford", "Whitcombe", "Ngata", "Bramwell",
     "Te Rangi", "Halloran", "Pohatu"),
    ("Kowhai Lane", "Rimu Street", "Pohutukawa Drive", "Totara Road", "Harbour View Terrace",
     "Matai Crescent"),
    (("Mt Albert, Auckland", "1025"), ("Karori, Wellington", "6012"), ("Riccarton, Christchurch",
                                                                       "8011"),
     ("Frankton, Hamilton", "3204"), ("Roslyn, Dunedin", "9010"), ("Bayview, Napier", "4104")),
    ("Aotearoa Mutual Insurance Ltd", "Kiwi Shield General Insurance", "Southern Alps Insurance"),
    ("Waitemata Insurance Brokers Ltd", "Kauri Risk Management Ltd", "Tasman Broking Ltd"),
    "FSP", ("xtra.co.nz", "gmail.com", "slingshot.co.nz"))
IN = Region(
    "IN", "INR", "91",
    ("Priya", "Arjun", "Ananya", "Rohan", "Kavitha", "Vikram", "Meera", "Siddharth", "Lakshmi",
     "Aditya"),
    ("Raghavan", "Deshpande", "Iyer", "Chatterjee", "Malhotra", "Kulkarni", "Menon", "Bhatia",
     "Reddy", "Srinivasan"),
    ("Shanti Apartments", "Lake View Residency", "Sai Krupa Society", "Green Park Towers",
     "Sunrise Enclave", "Ganga Heights"),
    (("Andheri West, Mumbai", "400053"), ("Koramangala, Bengaluru", "560034"),
     ("Kothrud, Pune", "411038"), ("Hauz Khas, New Delhi", "110016"),
     ("Anna Nagar East, Chennai", "600102"), ("Salt Lake, Kolkata", "700091")),
    ("Bharat Suraksha General Insurance Ltd", "Sahyadri General Insurance Co. Ltd",
     "Ganga Mutual General Insurance"),
    ("Trishul Insurance Brokers Pvt Ltd", "Navkar Risk Advisors Pvt Ltd",
     "Deccan Insurance Broking"),
    "IRDAI Licence No.", ("gmail.com", "rediffmail.com", "yahoo.co.in"))

REGIONS = (UK, IE, AU, NZ, IN)
STATES = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland",
          "WA": "Western Australia", "SA": "South Australia", "TAS": "Tasmania"}

# Printed shapes: digits per group after the national trunk prefix.
PHONE_SHAPES = {
    "GB": (("020 7946 0", 3), ("0113 496 0", 3), ("07911 ", 6), ("07400 ", 6)),
    "IE": (("087 ", 7), ("086 ", 7), ("01 ", 7), ("021 4", 6)),
    "AU": (("(02) 9", 7), ("(03) 9", 7), ("04", 8), ("(07) 3", 7)),
    "NZ": (("021 ", 7), ("022 ", 7), ("(09) 3", 6), ("(04) 4", 6)),
    "IN": (("+91 98", 8), ("+91 99", 8), ("022 2", 7), ("080 4", 7)),
}


def group_local(code: str, prefix: str, tail: str) -> str:
    """Lay the digits out as people in the region print them."""
    if code == "AU" and prefix == "04":
        d = prefix + tail
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    if code == "AU":
        return f"{prefix}{tail[:3]} {tail[3:]}"
    if code == "IN" and prefix.startswith("+91"):
        d = prefix[4:] + tail
        return f"+91 {d[:5]} {d[5:]}"
    if code == "IN":
        return f"{prefix}{tail[:3]} {tail[3:]}"
    if code == "NZ" and prefix.startswith("("):
        return f"{prefix}{tail[:2]} {tail[2:]}"
    if code in ("IE", "NZ") and len(tail) == 7:
        return f"{prefix}{tail[:3]} {tail[3:]}"
    if code == "IE":
        return f"{prefix}{tail[:2]} {tail[2:]}"
    return prefix + tail


def make_phone(rng, region: Region) -> tuple[str, str]:
    """A valid local number: (as printed, E.164)."""
    while True:
        prefix, n = rng.choice(PHONE_SHAPES[region.code])
        tail = "".join(rng.choice("0123456789") for _ in range(n))
        printed = group_local(region.code, prefix, tail)
        number = phonenumbers.parse(printed, region.code)
        if phonenumbers.is_valid_number(number):
            return printed, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def make_postcode(rng, region: Region, area: str) -> str:
    letters = "ABDEFHJLNPRTWXY"
    if region.code == "GB":
        return f"{area} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    if region.code == "IE":
        return f"{area} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(1, 9)}" \
               f"{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(1, 9)}"
    return area


def make_address(rng, region: Region, business: bool = False) -> str:
    """One line, as printed: number, street, locality, postcode."""
    street = rng.choice(region.streets)
    locality, area = rng.choice(region.towns)
    number = rng.randint(2, 148)
    if region.code == "IN" and business:
        return f"Plot {number}, Main Road, {locality} {area}"
    if region.code == "IN":
        return f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}, {street}, {locality} {area}"
    if region.code == "IE":
        return f"{number} {street}, {locality}, {make_postcode(rng, region, area)}"
    if region.code == "GB":
        return f"{number} {street}, {locality} {make_postcode(rng, region, area)}"
    return f"{number} {street}, {locality} {area}"


@dataclass
class Person:
    name: str
    phone: str
    e164: str
    email: str
    address: str


def make_person(rng, region: Region, domain: str | None = None) -> Person:
    first, last = rng.choice(region.first), rng.choice(region.last)
    phone, e164 = make_phone(rng, region)
    handle = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
    if rng.random() < 0.4:
        handle = f"{first[0]}{last}{rng.randint(2, 89)}".lower().replace("'", "").replace(" ", "")
    return Person(f"{first} {last}", phone, e164,
                  f"{handle}@{domain or rng.choice(region.mail)}", make_address(rng, region))


SUFFIX = {"GB": ".co.uk", "IE": ".ie", "AU": ".com.au", "NZ": ".co.nz", "IN": ".in"}


def firm_domain(firm: str, code: str) -> str:
    """A firm's mail domain from the first word of its name."""
    return "".join(c for c in firm.split()[0].lower() if c.isalpha()) + SUFFIX[code]
