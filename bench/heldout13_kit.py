"""Held-out corpus 13 kit: locales, people, phones, dates, money, codes and VINs."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import phonenumbers

from core.documents.schemas import FIELD_NAMES

FIELDS = FIELD_NAMES
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                      [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                      strict=True))
_VIN_WEIGHT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


@dataclass(frozen=True)
class Locale:
    code: str
    currency: str
    region: str              # phonenumbers region
    phones: tuple[str, ...]  # national patterns, 9 = any digit
    dates: tuple[str, ...]   # date styles, see Case.date
    money: tuple[str, ...]   # money styles, see Case.money
    streets: tuple[str, ...]
    towns: tuple[str, ...]   # "{n} {street}, ..." templates with the town part
    first: tuple[str, ...]
    last: tuple[str, ...]
    mail: tuple[str, ...]


LOCALES = {
    "CA": Locale("CA", "CAD", "CA", ("(416) 59#-####", "604-78#-####", "514 27# ####",
                                     "(613) 86#-####"),
                 ("iso", "mdy_long", "dmy_short", "mdy_th", "iso"), ("cad_sym", "cad_code",
                                                                    "cad_plain", "cad_fr"),
                 ("Bloor Street West", "Rue Saint-Denis", "Maple Crescent", "Elgin Avenue",
                  "Wellington Street", "Kingsway"),
                 ("Toronto, ON M6H 1M9", "Montréal, QC H2X 3K4", "Ottawa, ON K1S 2B4",
                  "Vancouver, BC V5N 4A7", "Mississauga, ON L5B 3C2"),
                 ("Olivia", "Liam", "Chloé", "Mathieu", "Priya", "Ethan", "Émilie", "Noah"),
                 ("Tremblay", "Gagnon", "Roy", "Singh", "Campbell", "Bouchard", "Wilson", "Côté"),
                 ("gmail.com", "videotron.ca", "rogers.com", "outlook.com", "sympatico.ca")),
    "GB": Locale("GB", "GBP", "GB", ("07700 900###", "020 7946 0###", "0113 496 0###",
                                     "+44 (0)7700 900###"),
                 ("dmy_slash", "dmy_long", "dmy_th", "dmy_short"), ("gbp_sym", "gbp_code"),
                 ("Larkfield Road", "Victoria Terrace", "Mill Lane", "Church Street",
                  "Hawthorn Close", "Station Road"),
                 ("Leeds LS6 2AB", "Bristol BS7 8QT", "Reading RG1 5JD", "York YO31 7EX",
                  "Norwich NR2 3LP"),
                 ("Amelia", "Oliver", "Harriet", "George", "Imogen", "Callum", "Niamh", "Rhys"),
                 ("Pearson", "Whitaker", "Hughes", "O'Connor", "Blackwood", "Ellison", "Patel",
                  "Fairclough"),
                 ("btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com")),
    "IE": Locale("IE", "EUR", "IE", ("087 2## ####", "086 8## ####", "(01) 49# ####"),
                 ("dmy_slash", "dmy_short", "dmy_long"), ("eur_sym_dot", "eur_code_dot"),
                 ("Seafield Avenue", "Griffith Road", "Ashgrove Park", "Main Street"),
                 ("Clontarf, Dublin 3, D03 X2Y4", "Galway, H91 E2K3", "Cork, T12 P8N6"),
                 ("Siobhán", "Cian", "Aoife", "Darragh", "Orla", "Eoin"),
                 ("Ó Briain", "Byrne", "Kavanagh", "Doyle", "Fitzgerald", "Nolan"),
                 ("eircom.net", "gmail.com", "hotmail.com")),
    "DE": Locale("DE", "EUR", "DE", ("0151 2####### ", "030 8## ### ##", "0221 / 93## ###",
                                     "+49 172 4######"),
                 ("dmy_dot", "dmy_dot", "dmy_short", "iso"), ("eur_de_code", "eur_de_sym",
                                                             "eur_code_de"),
                 ("Lindenstraße", "Goethestraße", "Am Mühlbach", "Bahnhofstraße"),
                 ("50674 Köln", "10437 Berlin", "80331 München", "60311 Frankfurt am Main"),
                 ("Jana", "Lukas", "Sabine", "Tobias", "Katrin", "Jörg", "Anja"),
                 ("Müller", "Schneider", "Becker", "Hoffmann", "Wagner", "Krüger"),
                 ("web.de", "gmx.de", "t-online.de", "posteo.de")),
    "NL": Locale("NL", "EUR", "NL", ("06 1### ####", "020-6######", "+31 6 2### ####"),
                 ("dmy_dash", "dmy_short", "iso"), ("eur_nl", "eur_code_de"),
                 ("Keizersgracht", "Oudegracht", "Hoofdweg", "Vondelstraat"),
                 ("1016 DV Amsterdam", "3511 AP Utrecht", "2512 CE Den Haag"),
                 ("Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram"),
                 ("Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer"),
                 ("ziggo.nl", "kpnmail.nl", "gmail.com")),
    "FR": Locale("FR", "EUR", "FR", ("06 1# ## ## ##", "01 4# ## ## ##", "+33 7 8# ## ## ##"),
                 ("dmy_slash", "dmy_short", "dmy_long"), ("eur_fr", "eur_code_de"),
                 ("rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo"),
                 ("75011 Paris", "69003 Lyon", "33000 Bordeaux", "31000 Toulouse"),
                 ("Camille", "Julien", "Léa", "Antoine", "Manon", "Hugo"),
                 ("Lefèvre", "Moreau", "Girard", "Dubois", "Laurent", "Fontaine"),
                 ("orange.fr", "free.fr", "laposte.net")),
    "CH": Locale("CH", "CHF", "CH", ("079 3## ## ##", "044 2## ## ##", "+41 78 6## ## ##"),
                 ("dmy_dot", "dmy_long", "iso"), ("chf_code", "chf_fr"),
                 ("Seestrasse", "Bahnhofstrasse", "Rue du Rhône", "Dorfstrasse"),
                 ("8002 Zürich", "3011 Bern", "1204 Genève", "4051 Basel"),
                 ("Nina", "Reto", "Céline", "Marco", "Andrea", "Urs"),
                 ("Meier", "Keller", "Favre", "Brunner", "Rochat", "Baumann"),
                 ("bluewin.ch", "sunrise.ch", "gmail.com")),
}

_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_EXTRA_FIRST = ("Maria", "Daniel", "Sophie", "Thomas", "Laura", "Martin", "Eva", "Paul",
                "Helen", "Marek", "Ines", "Kofi", "Yuki", "Ahmed", "Greta")
_EXTRA_LAST = ("Novak", "Rossi", "Andersen", "Kowalski", "Silva", "Lindqvist", "Haddad",
               "Murphy", "Clarke", "Petit", "Horvat", "Berger", "Okafor", "Tanaka")


def th(n: int) -> str:
    return "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def vin_check(vin16: str) -> str:
    """The check digit (position 9) for a 17-char VIN whose position 9 is a placeholder."""
    total = sum((int(ch) if ch.isdigit() else _VIN_VALUE[ch]) * w
                for ch, w in zip(vin16, _VIN_WEIGHT, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


@dataclass
class Person:
    first: str
    last: str
    middle: str
    email: str
    phone: str       # as printed
    e164: str
    street: str
    town: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.town}"


class Case:
    """Random material for one document, in one locale."""

    def __init__(self, rng: random.Random, locale: Locale):
        self.rng, self.loc = rng, locale
        self.currency = locale.currency
        self._used: set[str] = set()
        self.money_style = rng.choice(locale.money)

    def pick(self, seq):
        return self.rng.choice(seq)

    def digits(self, pattern: str) -> str:
        return "".join(str(self.rng.randrange(10)) if ch == "#" else ch for ch in pattern)

    def code(self, pattern: str) -> str:
        """9 -> digit, A -> letter, other characters kept."""
        r = self.rng
        return "".join(str(r.randrange(10)) if ch == "9" else
                       r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "A" else ch for ch in pattern)

    def phone(self) -> tuple[str, str]:
        for _ in range(50):
            printed = self.digits(self.pick(self.loc.phones)).strip()
            num = phonenumbers.parse(printed, self.loc.region)
            if phonenumbers.is_valid_number(num):
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
                if e164 not in self._used:
                    self._used.add(e164)
                    return printed, e164
        raise RuntimeError("no valid phone")

    def person(self, foreign: bool = False) -> Person:
        r = self.rng
        while True:
            first = r.choice(_EXTRA_FIRST if foreign else self.loc.first)
            last = r.choice(_EXTRA_LAST if foreign else self.loc.last + _EXTRA_LAST[:3])
            if first + last not in self._used:
                break
        self._used.add(first + last)
        middle = r.choice("ABCDEJKLMRS") + "." if r.random() < 0.15 else ""
        ascii_first = _ascii(first).lower()
        ascii_last = _ascii(last).lower().replace(" ", "").replace("'", "")
        user = r.choice([f"{ascii_first}.{ascii_last}", f"{ascii_first[0]}{ascii_last}",
                         f"{ascii_first}{ascii_last}{r.randrange(10, 99)}",
                         f"{ascii_last}.{ascii_first[0]}"])
        phone, e164 = self.phone()
        street = self.street()
        return Person(first, last, middle, f"{user}@{r.choice(self.loc.mail)}", phone, e164,
                      street, r.choice(self.loc.towns))

    def street(self) -> str:
        n = self.rng.randrange(2, 240)
        st = self.pick(self.loc.streets)
        if self.loc.code in ("DE", "NL", "CH") and not st.startswith("Rue"):
            return f"{st} {n}"
        if self.loc.code == "FR":
            return f"{n} {st}"
        if self.loc.code == "CA" and self.rng.random() < 0.3:
            return f"Apt {self.rng.randrange(2, 40)}, {n} {st}"
        return f"{n} {st}"

    def day(self, start: date, span: int) -> date:
        return start + timedelta(days=self.rng.randrange(span))

    def date(self, d: date, style: str | None = None) -> str:
        return format_date(d, style or self.pick(self.loc.dates))

    def cash(self, low: float, high: float) -> Decimal:
        return Decimal(self.rng.randrange(int(low * 100), int(high * 100))) / 100

    def money(self, value: Decimal, style: str | None = None) -> str:
        return format_money(value, style or self.money_style)

    def vin(self) -> str:
        body = [self.pick(VIN_CHARS.replace("0", "")) for _ in range(17)]
        body[0] = self.pick("JKLSTVWYZ123")
        body[9] = self.pick("LMNPRST")   # model years 2020-2026
        body[8] = "0"
        body[8] = vin_check("".join(body))
        return "".join(body)

    def vehicle(self) -> tuple[str, str, str, str]:
        """(make, model, year, vin)."""
        make, model = self.pick(_CARS)
        return make, model, str(self.rng.randrange(2012, 2026)), self.vin()

    def plate(self) -> str:
        return self.code(self.pick({"GB": ["AA99 AAA"], "DE": ["K-AB 9999", "B-AA 999"],
                                    "NL": ["AA-999-A", "99-AAA-9"], "FR": ["AA-999-AA"],
                                    "CH": ["ZH 999999", "BE 99999"], "IE": ["999-D-99999"],
                                    "CA": ["AAAA 999", "999 AAA"]}[self.loc.code]))


_CARS = [("Volkswagen", "Golf"), ("Toyota", "RAV4"), ("Skoda", "Octavia"), ("Ford", "Focus"),
         ("Renault", "Clio"), ("Peugeot", "308"), ("BMW", "320d"), ("Honda", "Civic"),
         ("Hyundai", "Tucson"), ("Kia", "Sportage"), ("Volvo", "XC60"), ("Mazda", "CX-5"),
         ("Audi", "A4"), ("Nissan", "Qashqai"), ("Tesla", "Model 3"), ("Subaru", "Outback")]


DATE_STYLES = ("iso", "dmy_dot", "dmy_slash", "dmy_dash", "dmy_short", "dmy_long", "dmy_th",
               "mdy_long", "mdy_th")
MONEY_STYLES = ("cad_sym", "cad_code", "cad_plain", "cad_fr", "gbp_sym", "gbp_code",
                "eur_sym_dot", "eur_code_dot", "eur_de_code", "eur_de_sym", "eur_code_de",
                "eur_nl", "eur_fr", "chf_code", "chf_fr")


def format_date(d: date, style: str) -> str:
    """One printed form of `d` (see DATE_STYLES)."""
    return {
        "iso": d.isoformat(),
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy_short": f"{d.day} {_SHORT[d.month - 1]} {d.year}",
        "dmy_long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dmy_th": f"{d.day}{th(d.day)} {MONTHS[d.month - 1]} {d.year}",
        "mdy_long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "mdy_th": f"{MONTHS[d.month - 1]} {d.day}{th(d.day)}, {d.year}",
    }[style]


def format_money(value: Decimal, style: str) -> str:
    """One printed form of `value` (see MONEY_STYLES): 1.234,56 EUR, £1,234.56, CAD 1234.5."""
    us = f"{value:,.2f}"
    de = us.replace(",", "_").replace(".", ",").replace("_", ".")
    fr = us.replace(",", " ").replace(".", ",")
    plain = f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    swiss = us.replace(",", "'")
    return {
        "cad_sym": f"${us}", "cad_code": f"CAD {plain}", "cad_plain": f"{us} CAD",
        "cad_fr": f"{fr} $ CA", "gbp_sym": f"£{us}", "gbp_code": f"GBP {us}",
        "eur_sym_dot": f"€{us}", "eur_code_dot": f"EUR {us}", "eur_de_code": f"{de} EUR",
        "eur_de_sym": f"{de} €", "eur_code_de": f"EUR {de}", "eur_nl": f"€ {de}",
        "eur_fr": f"{fr} €", "chf_code": f"CHF {swiss}", "chf_fr": f"Fr. {swiss}",
    }[style]


def city_of(town: str) -> str:
    """'60311 Frankfurt am Main' -> 'Frankfurt am Main', 'Leeds LS6 2AB' -> 'Leeds'."""
    words = [w for w in town.split(",")[0].split()
             if not any(ch.isdigit() for ch in w) and not (len(w) == 2 and w.isupper())]
    return " ".join(words)


def _ascii(text: str) -> str:
    table = str.maketrans("éèêëàâäôöóüûùçíïñÉÓüß", "eeeeaaaooouuuciinEOus")
    return text.translate(table).replace("ß", "ss")
