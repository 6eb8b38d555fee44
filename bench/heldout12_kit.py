"""People, places, money, dates and codes for held-out corpus 12, in five locales."""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from decimal import Decimal

import phonenumbers

from core.documents.schemas import FIELD_NAMES

FIELDS = FIELD_NAMES
MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)
CURRENCY = {"US": "USD", "CA": "CAD", "UK": "GBP", "AU": "AUD", "EU": "EUR"}

FIRST = {
    "US": [
        "Marcus",
        "Jennifer",
        "Tyler",
        "Alicia",
        "Derek",
        "Monica",
        "Brandon",
        "Keisha",
        "Gregory",
        "Lauren",
        "Hector",
        "Dana",
    ],
    "CA": ["Etienne", "Chloe", "Raj", "Madison", "Connor", "Isabelle", "Wei", "Brooke"],
    "UK": ["Oliver", "Harriet", "Callum", "Niamh", "Rupert", "Siobhan", "Declan", "Imogen"],
    "AU": ["Lachlan", "Matilda", "Bronwyn", "Hamish", "Tahlia", "Darcy", "Kirra", "Angus"],
    "EU": ["Lukas", "Sophie", "Jürgen", "Amélie", "Pieter", "Saoirse", "Matteo", "Ines"],
}
LAST = {
    "US": [
        "Delgado",
        "Whitaker",
        "Hollis",
        "Brennan",
        "Okafor",
        "Lindqvist",
        "Prescott",
        "Vasquez",
        "Tran",
        "Gallagher",
    ],
    "CA": ["Tremblay", "Gagnon", "Sandhu", "Bouchard", "Morrison", "Leblanc", "Chen"],
    "UK": [
        "Ashworth",
        "Pemberton",
        "Fairclough",
        "Kowalski",
        "Thistlethwaite",
        "Begum",
        "Cartwright",
    ],
    "AU": ["Nguyen", "Fitzgerald", "Papadopoulos", "Harland", "Whitlam", "Kemp", "Dunstan"],
    "EU": ["Müller", "Dubois", "Jansen", "Becker", "Rossi", "Kavanagh", "Lefèvre", "Visser"],
}
MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net"],
    "CA": ["shaw.ca", "rogers.com", "gmail.com", "videotron.ca"],
    "UK": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "icloud.com"],
    "EU": ["web.de", "orange.fr", "gmail.com", "eircom.net", "ziggo.nl"],
}
# street names, then (city, region, postcode pattern) per locale
STREETS = {
    "US": [
        "Oak Street",
        "Maple Avenue",
        "Linden Court",
        "Harbor View Drive",
        "W 34th Street",
        "Cedar Lane",
        "Pinecrest Road",
    ],
    "CA": [
        "Queen St W",
        "Rue Saint-Denis",
        "Lakeshore Blvd",
        "Elm Crescent",
        "Portage Avenue",
        "Dundas Street",
    ],
    "UK": [
        "Elm Grove",
        "Station Road",
        "Hawthorn Close",
        "Victoria Terrace",
        "Kingsway",
        "Mill Lane",
    ],
    "AU": [
        "Wattle Road",
        "Bay Street",
        "Koala Crescent",
        "Smith Street",
        "Banksia Avenue",
        "Hunter Street",
    ],
    "DE": ["Hauptstraße", "Lindenallee", "Bergmannstraße"],
    "NL": ["Keizersgracht", "Prinsengracht", "Overtoom"],
    "FR": ["Rue des Lilas", "Avenue Jean Jaurès", "Rue Garibaldi"],
    "IE": ["Ranelagh Road", "Dame Street", "Clonliffe Avenue"],
    "IT": ["Via Garibaldi", "Via Roma", "Via Zamboni"],
}
CITIES = {
    "US": [
        ("Springfield", "IL", "627##"),
        ("Austin", "TX", "787##"),
        ("Tacoma", "WA", "984##"),
        ("Columbus", "OH", "432##"),
        ("Raleigh", "NC", "276##"),
    ],
    "CA": [
        ("Toronto", "ON", "M#A #B#"),
        ("Winnipeg", "MB", "R#C #A#"),
        ("Halifax", "NS", "B#H #K#"),
        ("Calgary", "AB", "T#E #M#"),
    ],
    "UK": [
        ("Leeds", "", "LS# #AB"),
        ("Bristol", "", "BS# #DN"),
        ("Norwich", "", "NR# #EX"),
        ("Cardiff", "", "CF## #PL"),
    ],
    "AU": [
        ("Parramatta", "NSW", "2150"),
        ("Fitzroy", "VIC", "3065"),
        ("Toowong", "QLD", "4066"),
        ("Subiaco", "WA", "6008"),
    ],
    "EU": [
        ("Berlin", "DE", "10###"),
        ("Amsterdam", "NL", "1015 ##"),
        ("Lyon", "FR", "6900#"),
        ("Dublin", "IE", "D0# X#Y#"),
        ("Bologna", "IT", "401##"),
    ],
}
EU_COUNTRY = {"DE": "49", "NL": "31", "FR": "33", "IE": "353", "IT": "39"}
COMPANIES = [
    "Harbour",
    "Northgate",
    "Bluestone",
    "Meridian",
    "Crestline",
    "Pioneer",
    "Sterling",
    "Keystone",
    "Evergreen",
    "Summit",
]
# make: (WMI prefixes, models)
VEHICLES = {
    "Toyota": (["JTD", "4T1", "2T1"], ["Camry", "Corolla", "RAV4", "Hilux"]),
    "Honda": (["1HG", "JHM", "2HG"], ["Civic", "Accord", "CR-V"]),
    "Ford": (["1FA", "1FT", "WF0"], ["Focus", "Escape", "Ranger"]),
    "Volkswagen": (["WVW", "3VW"], ["Golf", "Passat", "Tiguan"]),
    "Hyundai": (["KMH", "5NP"], ["Tucson", "Elantra", "i30"]),
    "Mazda": (["JM1", "JM3"], ["Mazda3", "CX-5", "MX-5"]),
    "Subaru": (["JF1", "JF2", "4S4"], ["Outback", "Forester", "Impreza"]),
    "Kia": (["KNA", "KND"], ["Sportage", "Sorento", "Rio"]),
    "Volvo": (["YV1", "YV4"], ["XC60", "V60", "S90"]),
}
YEAR_CODE = dict(zip(range(2010, 2027), "ABCDEFGHJKLMNPRST", strict=True))
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = (
    dict(zip("ABCDEFGH", range(1, 9), strict=True))
    | dict(zip("JKLMN", range(1, 6), strict=True))
    | {"P": 7, "R": 9}
    | dict(zip("STUVWXYZ", range(2, 10), strict=True))
    | {str(i): i for i in range(10)}
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_with_check(body: str) -> str:
    """`body` with its ninth character replaced by the VIN check digit."""
    total = sum(_VIN_VALUE[ch] * w for ch, w in zip(body, _VIN_WEIGHTS, strict=True))
    digit = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + digit + body[9:]


class Case:
    """Random data in one locale; every printed form comes with its normal form."""

    def __init__(self, rng: random.Random, locale: str):
        self.rng, self.locale = rng, locale
        self.currency = CURRENCY[locale]
        self.city = rng.choice(CITIES[locale])
        self.eu = self.city[1] if locale == "EU" else ""
        self.date_style = rng.choice(self._date_styles())
        self.money_style = rng.randrange(3)

    # people ------------------------------------------------------------------
    def person(self, locale: str | None = None) -> str:
        loc = locale or self.locale
        first = self.rng.choice(FIRST[loc])
        middle = (
            f" {self.rng.choice(string.ascii_uppercase[:20])}." if self.rng.random() < 0.3 else ""
        )
        return f"{first}{middle} {self.rng.choice(LAST[loc])}"

    def email(self, name: str) -> str:
        parts = name.lower().replace(".", "").split()
        fold = str.maketrans("äöüéèß", "aoueeß")
        first, last = parts[0].translate(fold), parts[-1].translate(fold).replace("ß", "ss")
        user = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{last}{self.rng.randrange(10, 99)}",
                f"{last}.{first[0]}",
            ]
        )
        return f"{user}@{self.rng.choice(MAIL_DOMAINS[self.locale])}"

    def phone(self) -> tuple[str, str]:
        """A printed phone number and its E.164 form."""
        for _ in range(50):
            num = phonenumbers.parse(self._raw_phone())
            if phonenumbers.is_valid_number(num):
                break
        else:
            raise ValueError(f"no valid phone number drawn for {self.locale} {self.eu}")
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if self.locale in ("US", "CA"):
            d = e164[2:]
            forms = [national, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", intl]
        else:
            forms = [national, intl, national, intl.replace(" ", "")]
        return self.rng.choice(forms), e164

    def _raw_phone(self) -> str:
        r = self.rng
        d = lambda n: "".join(str(r.randrange(10)) for _ in range(n))  # noqa: E731
        if self.locale == "US":
            area = r.choice(["415", "312", "512", "206", "614", "919"])
            return f"+1{area}555{r.randrange(100, 200):04d}"
        if self.locale == "CA":
            return f"+1{r.choice(['416', '204', '902', '403'])}555{r.randrange(100, 200):04d}"
        if self.locale == "UK":
            return r.choice(
                [
                    f"+447{r.choice(['400', '700', '812', '956'])}{d(6)}",
                    f"+44113496{d(4)}",
                    f"+44117496{d(4)}",
                ]
            )
        if self.locale == "AU":
            return r.choice([f"+614{r.randrange(10, 99)}{d(6)}", f"+6129{d(7)}", f"+6138{d(7)}"])
        cc = EU_COUNTRY[self.eu]
        lead = {"DE": "30", "NL": "20", "FR": "47", "IE": "1", "IT": "051"}[self.eu]
        return f"+{cc}{lead}{d(7)}"

    # places ------------------------------------------------------------------
    def postcode(self, city: tuple[str, str, str]) -> str:
        return "".join(str(self.rng.randrange(10)) if ch == "#" else ch for ch in city[2])

    def address(self, city: tuple[str, str, str] | None = None) -> str:
        """One-line address as printed in this locale."""
        name, region, _ = city = city or self.city
        street, num, post = (
            self.rng.choice(self.streets()),
            self.rng.randrange(2, 480),
            self.postcode(city),
        )
        if self.locale in ("US", "CA"):
            unit = f", Apt {self.rng.randrange(2, 40)}" if self.rng.random() < 0.2 else ""
            return f"{num} {street}{unit}, {name}, {region} {post}"
        if self.locale == "UK":
            return f"{num} {street}, {name} {post}"
        if self.locale == "AU":
            return f"{num} {street}, {name} {region} {post}"
        if region in ("DE", "NL", "IT"):
            return f"{street} {num}, {post} {name}"
        return (
            f"{num} {street}, {post} {name}" if region == "FR" else f"{num} {street}, {name} {post}"
        )

    def streets(self) -> list[str]:
        return STREETS[self.eu or self.locale]

    def other_address(self) -> str:
        return self.address(self.city if self.eu else self.rng.choice(CITIES[self.locale]))

    def company(self, kind: str) -> str:
        return f"{self.rng.choice(COMPANIES)} {kind}"

    # dates -------------------------------------------------------------------
    def _date_styles(self) -> list[str]:
        if self.locale == "US":
            return ["mdy", "long_us", "iso", "ord_us"]
        if self.locale == "CA":
            return ["iso", "long_us", "long_uk", "dmy"]
        if self.locale == "EU":
            return ["dot", "long_uk", "iso", "dmy"]
        return ["dmy", "long_uk", "ord_uk", "abbr"]

    def day(self, start: date, span: int) -> date:
        return start + timedelta(days=self.rng.randrange(span))

    def fmt_date(self, d: date, style: str | None = None) -> str:
        style = style or self.date_style
        month = MONTHS[d.month - 1]
        suffix = "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return {
            "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "iso": d.isoformat(),
            "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "long_us": f"{month} {d.day}, {d.year}",
            "long_uk": f"{d.day} {month} {d.year}",
            "ord_us": f"{month} {d.day}{suffix}, {d.year}",
            "ord_uk": f"{d.day}{suffix} {month} {d.year}",
            "abbr": f"{d.day:02d}-{month[:3]}-{d.year}",
        }[style]

    def any_date_style(self) -> str:
        return self.rng.choice(self._date_styles())

    # money -------------------------------------------------------------------
    def cash(self, low: int, high: int) -> Decimal:
        cents = 0 if self.rng.random() < 0.35 else self.rng.randrange(100)
        return Decimal(self.rng.randrange(low, high)) + Decimal(cents) / 100

    def number(self, amount: Decimal) -> str:
        us = f"{amount:,.2f}"
        if self.locale == "EU" and self.eu != "IE":
            if self.eu == "FR":
                return us.replace(",", " ").replace(".", ",")
            return us.replace(",", "_").replace(".", ",").replace("_", ".")
        return us

    def money(self, amount: Decimal, style: int | None = None) -> str:
        """`amount` with this document's currency mark, in one of three styles."""
        style = self.money_style if style is None else style
        n = self.number(amount)
        sign = {"USD": "$", "CAD": "C$", "AUD": "A$", "GBP": "£", "EUR": "€"}[self.currency]
        if self.currency == "EUR" and self.eu != "IE":
            return [f"{n} €", f"€ {n}", f"{n} EUR"][style]
        return [f"{sign}{n}", f"{self.currency} {n}", f"{sign}{n} {self.currency}"][style]

    # codes and vehicles ----------------------------------------------------------
    def code(self, pattern: str) -> str:
        """`9` becomes a digit, `A` a letter; the rest stays."""
        r = self.rng
        return "".join(
            str(r.randrange(10))
            if ch == "9"
            else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if ch == "A"
            else ch
            for ch in pattern
        )

    def vehicle(self) -> tuple[str, str, int, str]:
        """Make, model, year and a VIN with a valid check digit."""
        make = self.rng.choice(sorted(VEHICLES))
        wmis, models = VEHICLES[make]
        year = self.rng.randrange(2012, 2026)
        body = (
            self.rng.choice(wmis)
            + "".join(self.rng.choice(VIN_CHARS) for _ in range(5))
            + "0"
            + YEAR_CODE[year]
            + self.rng.choice(VIN_CHARS)
            + "".join(str(self.rng.randrange(10)) for _ in range(6))
        )
        return make, self.rng.choice(models), year, vin_with_check(body)

    def plate(self) -> str:
        return self.code(
            {
                "US": "9AAA999",
                "CA": "AAAA 999",
                "UK": "AA99 AAA",
                "AU": "AAA-99A",
                "EU": "AA-999-A",
            }[self.locale]
        )
