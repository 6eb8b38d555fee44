"""Held-out claim documents in layouts of their own, with ground truth, to measure generalisation.

    python -m bench.heldout OUT_DIR [COUNT] [--seed 2027] [--scanned-share 0.3]

Writes <case>.pdf beside <case>.truth.json (the contract's 17 fields in normal form, plus
"layout" and "scanned"), the format bench.extraction --dir reads. The records come from
core.documents.samples.truth.make_claim_record; everything drawn on the page (labels, wording,
value formats, decoys, page geometry) is made here, independently of the sample layouts and of
the extractor, after the look of real paperwork:

- table_form: a ruled two-column table (field names left, values right), shaded section rows;
- labels_below: typed values on rules with the small caption under each rule;
- adjuster_notes: a loss adjuster's typed report in numbered paragraphs, summary table, the
  adjuster signing with their own contact details;
- police_style: the claimant's cover note plus the police report they attached;
- multi_column_letter: a letter with a left sidebar (insurer contact block, references),
  amounts in words and figures, the claimant's details in the closing;
- box_form: a paper form with one box per character, DD MM YYYY boxes and tick boxes.

Deterministic for a seed: per-case random streams, and a fixed PDF creation date.
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from core.documents.samples.scan import scan_pdf
from core.documents.samples.truth import make_claim_record

FIELDS = (
    "claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
    "claimant_address", "date_of_loss", "date_reported", "incident_type", "incident_location",
    "incident_description", "police_report_number", "vehicle_vin", "vehicle_make_model_year",
    "claimed_amount", "currency", "line_items",
)
CREATED = datetime(2026, 4, 2, 9, 30, tzinfo=UTC)
FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu"))
FONT_FILES = {
    "sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
    "serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
    "mono": ("LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
}
CORE_FALLBACK = {"sans": "helvetica", "serif": "times", "mono": "courier", "cond": "helvetica"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


# --------------------------------------------------------------------------- value formats

def country_of(record: dict[str, Any]) -> str:
    phone = record["claimant_phone"]
    return "GB" if phone.startswith("+44") else "DE" if phone.startswith("+49") else "US"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(iso: str, style: str) -> str:
    d = date.fromisoformat(iso)
    mon = MONTHS[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year}",
        "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "gb": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {mon} {d.year}",
        "mdy": f"{mon} {d.day}, {d.year}",
        "mdy_ord": f"{mon} {_ordinal(d.day)}, {d.year}",
        "dmy_ord": f"{_ordinal(d.day)} {mon} {d.year}",
        "dmy_abbr": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "mdy_abbr": f"{mon[:3]}. {d.day}, {d.year}",
        "dmy_caps": f"{d.day:02d} {mon[:3].upper()} {d.year}",
        "weekday": f"{d.strftime('%A')}, {d.day} {mon} {d.year}",
        "weekday_us": f"{d.strftime('%A')}, {mon} {d.day}, {d.year}",
    }[style]


NUMERIC_DATES = {"US": ("us", "us", "us_short", "us_dash", "iso"), "GB": ("gb", "gb", "iso"),
                 "DE": ("de", "de", "iso")}
WRITTEN_DATES = {"US": ("mdy", "mdy", "mdy_ord", "mdy_abbr", "weekday_us", "dmy_abbr"),
                 "GB": ("dmy", "dmy", "dmy_ord", "weekday", "dmy_abbr"),
                 "DE": ("dmy", "dmy", "dmy_abbr", "iso")}

MONEY = {  # prefix, suffix, thousands separator, decimal mark
    "USD": (("$", "", ",", "."), ("USD ", "", ",", "."), ("US$", "", ",", "."),
            ("", " USD", ",", "."), ("$ ", "", ",", ".")),
    "GBP": (("£", "", ",", "."), ("GBP ", "", ",", "."), ("£ ", "", ",", "."),
            ("", " GBP", ",", ".")),
    "EUR": (("", " EUR", ".", ","), ("EUR ", "", ".", ","), ("€ ", "", ".", ","),
            ("", " €", ".", ","), ("EUR ", "", ",", ".")),
}
CURRENCY_WORDS = {"USD": ("dollars", "cents"), "GBP": ("pounds", "pence"),
                  "EUR": ("euros", "cents")}


def fmt_money(amount: str, style: tuple[str, str, str, str], bare: bool = False) -> str:
    prefix, suffix, thousands, mark = style
    whole, frac = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", thousands)
    number = f"{grouped}{mark}{frac}"
    return number if bare else f"{prefix}{number}{suffix}"


_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + _words(rest) if rest else "")
    for size, name in ((1_000_000, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            joint = " and " if 0 < rest < 100 else " "
            return _words(n // size) + f" {name}" + (joint + _words(rest) if rest else "")
    raise ValueError(n)


def amount_in_words(amount: str, currency: str, cheque_style: bool) -> str:
    whole, frac = f"{Decimal(amount):.2f}".split(".")
    major, minor = CURRENCY_WORDS[currency]
    text = f"{_words(int(whole))} {major}"
    if cheque_style:
        return f"{text} and {frac}/100"
    return f"{text} and {_words(int(frac))} {minor}" if int(frac) else text


def phone_groups(e164: str) -> tuple[str, list[str]]:
    """The calling code and the national number in its usual groups (area code first)."""
    if e164.startswith("+1"):
        d = e164[2:]
        return "1", [d[:3], d[3:6], d[6:]]
    if e164.startswith("+44"):
        d = e164[3:]
        if d.startswith("20"):
            return "44", [d[:2], d[2:6], d[6:]]
        if d.startswith("1") and (d[1] == "1" or d[2] == "1"):
            return "44", [d[:3], d[3:6], d[6:]]
        return "44", [d[:4], d[4:]]
    d = e164[3:]
    cut = 2 if d[:2] in ("30", "40", "69", "89") else 3
    return "49", [d[:cut], d[cut:]]


PHONE_STYLES = {
    "US": ("paren", "paren", "dash", "dots", "intl", "intl_paren", "one_dash"),
    "GB": ("intl", "intl", "intl_zero", "national", "paren_national"),
    "DE": ("intl", "intl", "intl_zero", "national", "slash_national"),
}


def fmt_phone(e164: str, style: str) -> str:
    code, groups = phone_groups(e164)
    if code == "1":
        a, b, c = groups
        return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dots": f"{a}.{b}.{c}",
                "intl": f"+1 {a} {b} {c}", "intl_paren": f"+1 ({a}) {b}-{c}",
                "one_dash": f"1-{a}-{b}-{c}"}.get(style, f"({a}) {b}-{c}")
    area, rest = groups[0], " ".join(groups[1:])
    return {"intl": f"+{code} {area} {rest}", "intl_zero": f"+{code} (0){area} {rest}",
            "national": f"0{area} {rest}", "paren_national": f"(0{area}) {rest}",
            "slash_national": f"0{area}/{''.join(groups[1:])}"}.get(style,
                                                                     f"+{code} {area} {rest}")


def _upper_safe(name: str) -> bool:
    return name.upper().title() == name and name.upper().lower() == name.lower()


def fmt_name(name: str, style: str) -> str:
    """The claimant's "First M. Last" as a form would print it; all recover to `name`."""
    parts = name.split()
    first, last = " ".join(parts[:-1]), parts[-1]
    upper = _upper_safe(name)
    if style == "last_first":
        return f"{last}, {first}"
    if style == "LAST_FIRST":
        return f"{last}, {first}".upper() if upper else f"{last}, {first}"
    if style == "UPPER":
        return name.upper() if upper else name
    return name


def address_lines(address: str) -> list[str]:
    """The one-line address as an envelope block: street, then the rest."""
    street, _, rest = address.partition(", ")
    return [street, rest] if rest else [street]


def city_of(address: str, country: str) -> str:
    parts = [p.strip() for p in address.split(",")]
    if country == "US":
        return parts[-2] if len(parts) >= 3 else parts[-1]
    last = parts[-1].split()
    if country == "DE":
        return " ".join(last[1:]) if last and last[0].isdigit() else parts[-1]
    return " ".join(last[:-2]) or parts[-1]


def vehicle_parts(mmy: str) -> tuple[str, str, str]:
    head, year = mmy.rsplit(" ", 1)
    make, _, model = head.partition(" ")
    return make, model, year


def ascii_fold(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


LOSS_WORDING = {  # how forms and reports name each kind of loss
    "collision": ("Road traffic accident", "Collision with another vehicle", "Motor collision",
                  "Vehicle accident"),
    "theft": ("Theft", "Theft / burglary", "Stolen property", "Larceny"),
    "fire": ("Fire", "Fire and smoke", "Fire damage"),
    "water_damage": ("Escape of water", "Water damage", "Burst pipe / leak"),
    "weather": ("Storm", "Storm, hail or wind", "Weather event"),
    "vandalism": ("Malicious damage", "Vandalism", "Criminal damage"),
    "glass": ("Accidental glass breakage", "Glass", "Window / windscreen breakage"),
    "injury": ("Bodily injury", "Personal injury", "Medical expenses"),
    "liability": ("Third-party liability", "Liability to others", "Public liability"),
    "other": ("Other", "Other (see narrative)", "Miscellaneous"),
}
TICK_OPTIONS = (("collision", "Accident / collision"), ("theft", "Theft or attempted theft"),
                ("fire", "Fire / smoke"), ("water_damage", "Escape of water"),
                ("weather", "Storm / flood / hail"), ("vandalism", "Malicious damage"),
                ("glass", "Glass breakage"), ("injury", "Injury"),
                ("liability", "Damage to third party"), ("other", "Other"))


# --------------------------------------------------------------------------- decoys

INSURERS = {
    "US": ("Keystone General Insurance Co.", "Prairie State Mutual", "Bluewater Casualty Company",
           "Liberty Ridge Insurance", "Cascade Home & Auto"),
    "GB": ("Thistle & Crown Insurance plc", "Northgate Assurance Ltd", "Harbourline Mutual",
           "Albion General Insurance"),
    "DE": ("Rheinland Allgemeine Versicherung AG", "Nordstern Versicherung", "Alpenland Assekuranz",
           "Hanse Mutual Insurance"),
}
ADJUSTING_FIRMS = ("Crawford Lane Loss Adjusters", "Whitmore & Hale Claims Services",
                   "Sterling Adjusting Group", "Meridian Loss Consultants")
REPAIRERS = ("Precision Body & Paint", "QuickFix Glass", "A1 Restoration Services",
             "Hartley Plumbing & Heating", "Summit Roofing", "CityCar Repairs")
GB_FORCES = {"Birmingham": "West Midlands Police", "Leeds": "West Yorkshire Police",
             "Manchester": "Greater Manchester Police", "London": "Metropolitan Police Service",
             "Bristol": "Avon and Somerset Constabulary", "Liverpool": "Merseyside Police"}


@dataclass
class Person:
    name: str
    phone: str  # E.164
    email: str
    address: str


@dataclass
class Ctx:
    """One case: the record, its random stream, and the formats and decoys of its document."""

    record: dict[str, Any]
    rng: random.Random
    fake: Faker
    country: str
    form_date: str
    prose_date: str
    money_style: tuple[str, str, str, str]
    phone_style: str
    insurer: str
    insurer_domain: str
    used_phones: set[str] = field(default_factory=set)

    def d(self, iso: str) -> str:
        return fmt_date(iso, self.form_date)

    def dw(self, iso: str) -> str:
        return fmt_date(iso, self.prose_date)

    def m(self, amount: str | Decimal, bare: bool = False) -> str:
        return fmt_money(str(amount), self.money_style, bare)

    def ph(self, e164: str) -> str:
        return fmt_phone(e164, self.phone_style)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(list(options))

    def shift(self, iso: str, lo: int, hi: int) -> str:
        return (date.fromisoformat(iso) + timedelta(days=self.rng.randint(lo, hi))).isoformat()

    def birth_date(self) -> str:
        return date(self.rng.randint(1948, 2001), self.rng.randint(1, 12),
                    self.rng.randint(1, 28)).isoformat()

    def decoy_phone(self) -> str:
        while True:
            if self.country == "US":
                area = self.pick(("212", "312", "415", "512", "617", "702", "303", "404"))
                e164 = f"+1{area}555{self.rng.randint(100, 199):04d}"
            elif self.country == "GB":
                e164 = self.pick((f"+44207946{self.rng.randint(0, 999):04d}",
                                  f"+44161496{self.rng.randint(0, 999):04d}",
                                  f"+44113496{self.rng.randint(0, 999):04d}"))
            else:
                e164 = self.pick((f"+4930{self.rng.randint(10**7, 10**8 - 1)}",
                                  f"+4989{self.rng.randint(10**7, 10**8 - 1)}",
                                  f"+49221{self.rng.randint(10**6, 10**7 - 1)}"))
            if e164 != self.record["claimant_phone"] and e164 not in self.used_phones:
                self.used_phones.add(e164)
                return e164

    def decoy_address(self) -> str:
        f = self.fake
        street = f.street_address().replace("\n", " ")
        if self.country == "US":
            return f"{street}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
        if self.country == "GB":
            return f"{street}, {f.city()} {f.postcode()}"
        return f"{street}, {f.postcode()} {f.city()}"

    def person(self, domain: str | None = None) -> Person:
        first, last = self.fake.first_name(), self.fake.last_name()
        domain = domain or self.pick(("mail.example", "example.net", "post.example"))
        email = ascii_fold(f"{first[0]}.{last}@{domain}".lower()).replace(" ", "")
        return Person(f"{first} {last}", self.decoy_phone(), email, self.decoy_address())

    def ref(self, pattern: str) -> str:
        """A reference number: 9 becomes a digit, A an upper-case letter."""
        return "".join(str(self.rng.randint(0, 9)) if c == "9" else
                       chr(self.rng.randint(65, 90)) if c == "A" else c for c in pattern)

    def plate(self) -> str:
        return self.ref({"US": "9AAA999", "GB": "AA99 AAA", "DE": "AA-AA 999"}[self.country])

    def loss_words(self) -> str:
        return self.pick(LOSS_WORDING[self.record["incident_type"]])

    def police_body(self) -> str:
        city = city_of(self.record["claimant_address"], self.country)
        if self.country == "US":
            return f"{city} Police Department"
        if self.country == "GB":
            return GB_FORCES.get(city, f"{city} Police")
        return f"Polizeipräsidium {city}"


def make_ctx(record: dict[str, Any], rng: random.Random) -> Ctx:
    country = country_of(record)
    locale = {"US": "en_US", "GB": "en_GB", "DE": "de_DE"}[country]
    fake = Faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    insurer = rng.choice(INSURERS[country])
    domain = ascii_fold(insurer.split()[0].lower().strip("&,.")) + "-ins.example"
    return Ctx(record=record, rng=rng, fake=fake, country=country,
               form_date=rng.choice(NUMERIC_DATES[country]),
               prose_date=rng.choice(WRITTEN_DATES[country]),
               money_style=rng.choice(MONEY[record["currency"]]),
               phone_style=rng.choice(PHONE_STYLES[country]),
               insurer=insurer, insurer_domain=domain)


# --------------------------------------------------------------------------- the page

class Sheet(FPDF):
    """An FPDF page with the four families (sans, serif, mono, cond) and a fixed date."""

    def __init__(self, country: str, footer_text: str = "") -> None:
        super().__init__(unit="mm", format="Letter" if country == "US" else "A4")
        self.set_creation_date(CREATED)
        self.set_creator("ClaimDesk held-out generator")
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(True, margin=18)
        self.footer_text = footer_text
        found = {name: next((d / f"{name}.ttf" for d in FONT_DIRS
                             if (d / f"{name}.ttf").exists()), None)
                 for files in FONT_FILES.values() for name in files}
        self.core = None in found.values()  # without the TrueType fonts, the core fonts
        if not self.core:
            for family, files in FONT_FILES.items():
                for style, name in zip(("", "B", "I"), files, strict=True):
                    self.add_font(family, style, str(found[name]))
        self.alias_nb_pages()

    def font(self, family: str, style: str = "", size: float = 10) -> None:
        self.set_font(CORE_FALLBACK[family] if self.core else family, style, size)

    def normalize_text(self, text: str) -> str:
        if self.core:
            text = text.replace("€", "EUR").replace("–", "-").replace("’", "'")
        return super().normalize_text(text)

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-12)
        self.font("sans", "", 7)
        self.set_text_color(90)
        self.cell(0, 4, self.footer_text.replace("{page}", str(self.page_no())), align="C")
        self.set_text_color(0)

    def at(self, x: float, y: float, text: str, family: str = "sans", style: str = "",
           size: float = 10) -> None:
        saved = (self.font_family, self.font_style, self.font_size_pt)
        self.font(family, style, size)
        self.text(x, y, text)
        self.set_font(*saved)

    def para(self, text: str, h: float = 5, w: float = 0, indent: float = 0,
             align: str = "L") -> None:
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(w or self.epw - indent, h, text, align=align, new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)


def vehicle_phrase(ctx: Ctx, name_format: str) -> str:
    """The vehicle in a sentence: its name (`name_format` of make, model, year), VIN, plate."""
    r = ctx.record
    bits = []
    if r["vehicle_make_model_year"]:
        make, model, year = vehicle_parts(r["vehicle_make_model_year"])
        bits.append(name_format.format(make=make, model=model, year=year))
    if r["vehicle_vin"]:
        bits.append(f"VIN {r['vehicle_vin']}")
    bits.append(f"registration {ctx.plate()}")
    return ", ".join(bits)


def _items_or_total(ctx: Ctx) -> list[tuple[str, str]]:
    return [(i["description"], i["amount"]) for i in ctx.record["line_items"]]


# --------------------------------------------------------------------------- 1. table_form

def layout_table_form(ctx: Ctx) -> Sheet:
    r, pick = ctx.record, ctx.pick
    form_no = ctx.ref("PL-99")
    pdf = Sheet(ctx.country, f"Form {form_no} (rev. {ctx.pick(('03', '06', '09'))}/2025)  -  "
                             f"{ctx.insurer}  -  page {{page}} of {{nb}}")
    pdf.add_page()
    pdf.font("sans", "B", 15)
    pdf.cell(0, 8, ctx.insurer, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("sans", "", 10)
    pdf.cell(0, 6, pick(("Notice of Loss - Property and Casualty", "Claim Notification Record",
                         "Loss Advice - Insured's Statement")), new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.font("sans", "", 8)
    insurer_phone = ctx.decoy_phone()
    pdf.cell(0, 4, f"Claims line {ctx.ph(insurer_phone)}  |  claims@{ctx.insurer_domain}  |  "
                   f"Printed {ctx.d(ctx.shift(r['date_reported'], 0, 3))}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    name_label = pick(("Insured party", "Name of insured", "Policyholder (surname, forenames)",
                       "Person making the claim"))
    name_value = fmt_name(r["claimant_name"], "LAST_FIRST" if "surname" in name_label else
                          pick(("plain", "UPPER", "plain")))
    split_addr = ctx.rng.random() < 0.5
    addr = "\n".join(address_lines(r["claimant_address"])) if split_addr else \
        r["claimant_address"]
    agent = ctx.person(f"{ctx.fake.last_name().lower()}-agency.example")
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    contract = [(pick(("Claim reference", "Loss reference no.", "Claim file no.",
                       "Reference (claims office)")), r["claim_number"]),
                (pick(("Contract no.", "Certificate no.", "Cover reference",
                       "Insurance contract number")), r["policy_number"])]
    start = date(date.fromisoformat(r["date_of_loss"]).year - 1, ctx.rng.randint(1, 12), 1)
    contract.append(("Period of cover", f"{ctx.d(start.isoformat())} to "
                                         f"{ctx.d((start + timedelta(days=364)).isoformat())}"))
    if ctx.rng.random() < 0.4:
        contract.append(("Previous claim ref.", ctx.ref("99-99999")))
    sections.append(("A.  Contract", contract))
    sections.append(("B.  Insured party", [
        (name_label, name_value),
        ("Date of birth", ctx.d(ctx.birth_date())),
        (pick(("Correspondence address", "Postal address of insured", "Residence")), addr),
        (pick(("Contact telephone", "Best number to reach you", "Tel. (day)")),
         ctx.ph(r["claimant_phone"])),
        (pick(("E-mail for correspondence", "Electronic mail", "Email address")),
         r["claimant_email"]),
    ]))
    occurrence = [
        (pick(("Occurrence date", "Date the loss occurred", "When did it happen?")),
         ctx.d(r["date_of_loss"])),
        ("Approximate time", f"{ctx.rng.randint(6, 22):02d}:{ctx.pick(('00', '15', '30', '45'))}"),
        (pick(("Date notified", "Notification received", "Date of first notice")),
         ctx.d(r["date_reported"])),
        (pick(("Nature of loss", "Peril", "Cause of loss")), ctx.loss_words()),
        (pick(("Place of occurrence", "Where did it happen?", "Loss site")),
         r["incident_location"]),
        (pick(("Circumstances", "Account of events", "Narrative of loss")),
         r["incident_description"]),
    ]
    if r["police_report_number"]:
        occurrence.append((pick(("Authority reference", "Police report ref.",
                                 "Crime / incident number")), r["police_report_number"]))
        occurrence.append(("Reported to", ctx.police_body()))
    sections.append(("C.  Occurrence", occurrence))
    if r["vehicle_vin"] or r["vehicle_make_model_year"]:
        veh: list[tuple[str, str]] = [("Registration mark", ctx.plate())]
        if r["vehicle_make_model_year"]:
            make, model, year = vehicle_parts(r["vehicle_make_model_year"])
            if ctx.rng.random() < 0.5:
                veh += [("Manufacturer", make), ("Model", model), ("Year of manufacture", year)]
            else:
                veh.append(("Vehicle (make, model, year)", r["vehicle_make_model_year"]))
        if r["vehicle_vin"]:
            veh.append((pick(("Chassis / VIN", "Vehicle identification no.",
                              "Frame number (VIN)")), r["vehicle_vin"]))
        veh.append(("Odometer", f"{ctx.rng.randint(8, 160) * 1000 + ctx.rng.randint(0, 999):,}"))
        sections.append(("D.  Vehicle", veh))
    sections.append(("E.  Intermediary", [
        (pick(("Agent / broker", "Intermediary")), agent.name),
        ("Agency code", ctx.ref("AG-9999")),
        ("Broker tel.", ctx.ph(agent.phone)),
        ("Broker e-mail", agent.email),
    ]))

    bold = FontFace(emphasis="BOLD", fill_color=(215, 222, 230))
    label_face = FontFace(emphasis="", fill_color=(246, 246, 246), size_pt=8.5)
    pdf.font("sans", "", 9.5)
    with pdf.table(col_widths=(58, 122), first_row_as_headings=False, line_height=5.2,
                   padding=(1.2, 2, 1.2, 2), v_align="TOP") as table:
        for title, rows in sections:
            table.row().cell(title, colspan=2, style=bold)
            for label, value in rows:
                row = table.row()
                row.cell(label, style=label_face)
                row.cell(value)
    pdf.ln(4)

    currency_hdr = ctx.rng.random() < 0.5
    pdf.font("sans", "B", 10)
    pdf.cell(0, 6, "F.  " + pick(("Amounts", "Breakdown of claim", "Schedule of loss")),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("sans", "", 9.5)
    items = _items_or_total(ctx)
    amount_hdr = f"Amount ({r['currency']})" if currency_hdr else "Amount"
    with pdf.table(col_widths=(10, 120, 50), first_row_as_headings=True, line_height=5.2,
                   text_align=("LEFT", "LEFT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 222, 230))) as t:
        row = t.row()
        for h in ("No.", "Item", amount_hdr):
            row.cell(h)
        for n, (desc, amount) in enumerate(items, 1):
            row = t.row()
            row.cell(str(n))
            row.cell(desc)
            row.cell(ctx.m(amount, bare=currency_hdr))
        if ctx.rng.random() < 0.5:
            row = t.row()
            row.cell("")
            row.cell("Deductible under the contract (not claimed)")
            row.cell(ctx.m(ctx.pick(("250", "500", "1000")), bare=currency_hdr))
        row = t.row()
        row.cell("")
        row.cell(pick(("Amount of claim", "Total sum claimed", "Claimed in total")),
                 style=FontFace(emphasis="BOLD"))
        row.cell(ctx.m(r["claimed_amount"], bare=currency_hdr), style=FontFace(emphasis="BOLD"))
    pdf.ln(5)
    pdf.font("sans", "", 8.5)
    pdf.para("G.  Declaration. I declare that the information given is true and complete to the "
             "best of my knowledge and that I have not withheld any material fact.", h=4.2)
    pdf.ln(6)
    y = pdf.get_y()
    pdf.at(22, y + 2, r["claimant_name"], "serif", "I", 13)
    pdf.line(20, y + 4, 100, y + 4)
    pdf.at(20, y + 8, "Signature of insured", size=7)
    pdf.at(120, y + 2, ctx.d(r["date_reported"]), size=10)
    pdf.line(118, y + 4, 175, y + 4)
    pdf.at(118, y + 8, "Date signed", size=7)
    return pdf


# --------------------------------------------------------------------------- 2. labels_below

def layout_labels_below(ctx: Ctx) -> Sheet:
    r, pick = ctx.record, ctx.pick
    pdf = Sheet(ctx.country, f"{ctx.ref('CF-999')}  {ctx.insurer}  -  retain a copy for your "
                             f"records  -  {{page}}/{{nb}}")
    pdf.add_page()
    left, width = pdf.l_margin, pdf.epw
    pdf.font("serif", "B", 16)
    pdf.cell(0, 8, pick(("CLAIM FOR LOSS OR DAMAGE", "STATEMENT OF CLAIM",
                         "PROOF OF LOSS")), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("serif", "", 10)
    pdf.cell(0, 5, f"{ctx.insurer}  -  {pick(('Claims Department', 'Loss Intake Unit'))}",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("serif", "I", 8)
    pdf.cell(0, 5, "Type or print clearly. Complete every section that applies.", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    def line_row(cells: list[tuple[float, str, str]], gap: float = 4) -> None:
        """Values on rules with the caption under each rule; widths are fractions."""
        if pdf.get_y() + 14 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        x = left
        for frac, value, caption in cells:
            w = width * frac - gap
            pdf.font("mono", "", 10.5)
            pdf.set_xy(x + 1, y)
            pdf.cell(w - 1, 6, value)
            pdf.set_draw_color(40)
            pdf.line(x, y + 6.8, x + w, y + 6.8)
            pdf.at(x, y + 9.8, caption, "serif", "", 7)
            x += w + gap
        pdf.set_y(y + 14)

    ext = ctx.rng.random() < 0.5
    line_row([(0.34, r["claim_number"], pick(("Claim number", "Claim no. (if known)",
                                              "Your claim reference"))),
              (0.36, r["policy_number"], pick(("Policy number", "Policy / certificate no."))),
              (0.30, ctx.ref("AA-9999"), "Agent code")])
    name_style = pick(("LAST_FIRST", "last_first", "plain"))
    line_row([(0.62, fmt_name(r["claimant_name"], name_style),
               "Name of insured (last, first, middle initial)" if "last" in name_style.lower()
               else "Full name of insured"),
              (0.38, ctx.d(ctx.birth_date()), "Date of birth")])
    if ext:
        street, *rest = address_lines(r["claimant_address"])
        line_row([(0.5, street, "Street address"),
                  (0.5, ", ".join(rest), "City, state / county, postal code")])
    else:
        line_row([(1.0, r["claimant_address"], "Mailing address (number, street, city, "
                                              "postal code)")])
    line_row([(0.4, ctx.ph(r["claimant_phone"]), pick(("Home / mobile phone", "Telephone",
                                                      "Phone where you can be reached"))),
              (0.6, r["claimant_email"], "E-mail address")])
    pdf.ln(2)
    pdf.font("serif", "B", 10)
    pdf.cell(0, 6, "ABOUT THE LOSS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    line_row([(0.3, ctx.d(r["date_of_loss"]), "Date of loss"),
              (0.2, f"{ctx.rng.randint(1, 12)}:{ctx.pick(('00', '20', '40'))} "
                    f"{ctx.pick(('a.m.', 'p.m.'))}", "Time"),
              (0.5, ctx.loss_words(), "Kind of loss")])
    line_row([(1.0, r["incident_location"], "Where did the loss happen?")])
    # the narrative: text on ruled lines, caption below the block
    pdf.font("mono", "", 10.5)
    lines = pdf.multi_cell(width, 6.5, r["incident_description"], dry_run=True,
                           output="LINES")
    if pdf.get_y() + max(len(lines), 3) * 7.5 + 8 > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    for i in range(max(len(lines), 3)):
        if i < len(lines):
            pdf.set_xy(left + 1, y + i * 7.5)
            pdf.cell(width - 1, 6, lines[i])
        pdf.line(left, y + i * 7.5 + 6.8, left + width, y + i * 7.5 + 6.8)
    y += max(len(lines), 3) * 7.5
    pdf.at(left, y + 2.5, pick(("Describe fully how the loss or damage occurred",
                                "Description of the occurrence")), "serif", "", 7)
    pdf.set_y(y + 7)
    if r["police_report_number"]:
        line_row([(0.55, ctx.police_body(), "Police department / authority notified"),
                  (0.45, r["police_report_number"], "Report number")])
    if r["vehicle_make_model_year"] or r["vehicle_vin"]:
        cells = []
        if r["vehicle_make_model_year"]:
            make, model, year = vehicle_parts(r["vehicle_make_model_year"])
            cells += [(0.12, year, "Year"), (0.2, make, "Make"), (0.2, model, "Model")]
        if r["vehicle_vin"]:
            cells.append((0.33, r["vehicle_vin"], "Vehicle identification number"))
        cells.append((0.15, ctx.plate(), "Plate"))
        line_row(cells)
    witness = ctx.person()
    line_row([(0.45, witness.name, "Witness (name)"),
              (0.3, ctx.ph(witness.phone), "Witness phone"),
              (0.25, ctx.d(r["date_of_loss"]), "Date witnessed")])

    # itemised amounts: a small ruled list, caption under the total
    pdf.ln(1)
    pdf.font("serif", "B", 10)
    pdf.cell(0, 6, "AMOUNT CLAIMED", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for desc, amount in _items_or_total(ctx):
        line_row([(0.72, desc, "Item or service"), (0.28, ctx.m(amount), "Amount")], gap=4)
    line_row([(0.72, "", ""), (0.28, ctx.m(r["claimed_amount"]),
                               pick(("Total amount claimed", "Total of this claim")))])
    repairer = ctx.pick(REPAIRERS)
    line_row([(0.45, repairer, "Repairer / contractor"),
              (0.3, ctx.ref("INV-99999"), "Estimate or invoice no."),
              (0.25, ctx.d(ctx.shift(r["date_of_loss"], 0, 4)), "Estimate date")])
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(3)
    pdf.font("serif", "", 8)
    pdf.para("I certify that the above statements are true. Any person who knowingly presents "
             "a false or fraudulent claim may be guilty of a crime.", h=4)
    pdf.ln(5)
    y = pdf.get_y()
    pdf.at(left + 2, y + 5, r["claimant_name"], "serif", "I", 14)
    pdf.line(left, y + 7, left + 100, y + 7)
    pdf.at(left, y + 10.5, "Signature of insured", "serif", "", 7)
    pdf.at(left + 115, y + 5, ctx.d(r["date_reported"]), "mono", "", 10.5)
    pdf.line(left + 113, y + 7, left + width, y + 7)
    pdf.at(left + 113, y + 10.5, "Date", "serif", "", 7)
    return pdf


# --------------------------------------------------------------------------- 3. adjuster_notes

def layout_adjuster_notes(ctx: Ctx) -> Sheet:
    r, pick = ctx.record, ctx.pick
    firm = pick(ADJUSTING_FIRMS)
    firm_domain = ascii_fold(firm.split()[0].lower()) + "-adjusters.example"
    adjuster = ctx.person(firm_domain)
    our_ref = ctx.ref("AJ-99-9999")
    pdf = Sheet(ctx.country, f"{firm}  -  our ref. {our_ref}  -  page {{page}}")
    pdf.add_page()
    pdf.set_margins(22, 18, 22)
    pdf.set_x(22)
    instructed = ctx.shift(r["date_reported"], 0, 2)
    visited = ctx.shift(instructed, 1, 4)
    report_date = ctx.shift(visited, 1, 5)
    pdf.font("mono", "B", 12)
    pdf.cell(0, 6, pick(("PRELIMINARY LOSS REPORT", "FIELD ADJUSTER'S REPORT",
                         "FIRST REPORT - LOSS ADJUSTER")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("mono", "", 9.5)
    pdf.cell(0, 5, firm, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    name = fmt_name(r["claimant_name"], pick(("LAST_FIRST", "UPPER", "plain")))
    header = [
        ("To", f"{ctx.insurer}, Claims Department"),
        ("From", f"{adjuster.name}, {firm}"),
        ("Date", ctx.d(report_date)),
        ("Insured", name),
        ("Policy", r["policy_number"]),
        ("Claim", r["claim_number"]),
        ("D/L", ctx.d(r["date_of_loss"])),
        ("Our ref.", our_ref),
    ]
    for key, value in header:
        pdf.cell(26, 4.8, f"{key}:")
        pdf.cell(0, 4.8, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.line(22, pdf.get_y(), pdf.w - 22, pdf.get_y())
    pdf.ln(4)

    paras: list[tuple[str, str]] = []
    paras.append(("Instructions", f"We were instructed by {ctx.insurer} on "
                  f"{ctx.dw(instructed)} to investigate the loss below and to report on "
                  f"cover, cause and quantum. We attended the site on {ctx.dw(visited)}."))
    who = r["claimant_name"]
    paras.append(("The insured", f"The insured, {who}, of {r['claimant_address']}, notified "
                  f"the loss to insurers on {ctx.dw(r['date_reported'])}. The insured can be "
                  f"reached on {ctx.ph(r['claimant_phone'])} or by e-mail at "
                  f"{r['claimant_email']}. Date of birth given as {ctx.dw(ctx.birth_date())}."))
    paras.append(("Circumstances", f"The insured reported that on {ctx.dw(r['date_of_loss'])} "
                  f"a loss occurred at {r['incident_location']}. "
                  f"We would classify the loss as {ctx.loss_words().lower()}. "
                  f"The insured's account, as given to us at interview, was as follows:"))
    if r["vehicle_make_model_year"] or r["vehicle_vin"]:
        paras.append(("Vehicle", vehicle_phrase(ctx, "The vehicle concerned is a {year} {make} "
                                                     "{model}") +
                      ". We have seen the registration document."))
    if r["police_report_number"]:
        officer = ctx.fake.last_name()
        paras.append(("Police", f"The incident was reported to the {ctx.police_body()}, "
                      f"report number {r['police_report_number']}. The attending officer, "
                      f"Officer {officer} (badge {ctx.ref('9999')}), has not yet released "
                      f"the full report."))
    neighbour = ctx.person()
    paras.append(("Inspection", f"At our visit we met the insured and {neighbour.name}, a "
                  f"neighbour, who can be reached on {ctx.ph(neighbour.phone)}. The damage seen "
                  f"is consistent with the account given. Photographs are retained on file."))
    paras.append(("Quantum", "The insured's claim is summarised in the table below. Figures "
                  "are as presented by the insured and have not yet been agreed."))
    pdf.font("mono", "", 9.5)
    for n, (title, text) in enumerate(paras, 1):
        pdf.para(f"{n}. {title}. {text}", h=4.8, align="L")
        if title == "Circumstances":
            pdf.ln(1.5)
            pdf.para(r["incident_description"], h=4.8, indent=10)
        pdf.ln(2.5)

    pdf.ln(1)
    deductible = Decimal(ctx.pick(("250", "500", "1000")))
    reserve = (Decimal(r["claimed_amount"]) * Decimal(ctx.pick(("0.9", "1.1", "1.25")))
               ).quantize(Decimal("1"))
    rows = [(d, ctx.m(a)) for d, a in _items_or_total(ctx)]
    rows.append((pick(("Total claimed by insured", "Total as presented", "Claim total")),
                 ctx.m(r["claimed_amount"])))
    rows.append(("Less policy deductible", ctx.m(deductible)))
    rows.append(("Recommended reserve", ctx.m(reserve)))
    pdf.font("mono", "", 9.5)
    with pdf.table(col_widths=(115, 51), width=pdf.epw, first_row_as_headings=True, line_height=5,
                   text_align=("LEFT", "RIGHT"), borders_layout="HORIZONTAL_LINES",
                   headings_style=FontFace(emphasis="BOLD")) as t:
        head = t.row()
        head.cell("SUMMARY")
        head.cell(f"AMOUNT ({r['currency']})")
        for d, a in rows:
            row = t.row()
            row.cell(d)
            row.cell(a)
    pdf.ln(8)
    if pdf.get_y() > pdf.h - 50:
        pdf.add_page()
    pdf.font("mono", "", 9.5)
    pdf.cell(0, 5, "Yours faithfully,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(7)
    for line in (adjuster.name, pick(("Senior Loss Adjuster", "Field Adjuster",
                                      "Claims Consultant")), firm,
                 f"Direct line: {ctx.ph(adjuster.phone)}", f"Mobile: {ctx.ph(ctx.decoy_phone())}",
                 f"E-mail: {adjuster.email}"):
        pdf.cell(0, 4.8, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf


# --------------------------------------------------------------------------- 4. police_style

def layout_police_style(ctx: Ctx) -> Sheet:
    r, pick = ctx.record, ctx.pick
    body = ctx.police_body()
    pdf = Sheet(ctx.country)
    # page 1: the claimant's cover note
    pdf.add_page()
    pdf.set_margins(25, 20, 25)
    pdf.set_x(25)
    pdf.font("sans", "", 10.5)
    for line in [r["claimant_name"], *address_lines(r["claimant_address"]),
                 ctx.ph(r["claimant_phone"]), r["claimant_email"]]:
        pdf.cell(0, 5, line, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.cell(0, 5, ctx.dw(r["date_reported"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    for line in (f"{ctx.insurer}", pick(("Claims Department", "Motor & Home Claims",
                                         "Claims Intake")), *address_lines(ctx.decoy_address())):
        pdf.cell(0, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.font("sans", "B", 10.5)
    pdf.para(f"Re: claim {r['claim_number']} under policy {r['policy_number']}")
    pdf.font("sans", "", 10.5)
    pdf.ln(3)
    pdf.para(pick(("Dear Sir or Madam,", "To whom it may concern,", "Dear claims team,")))
    pdf.ln(2)
    pdf.para(f"Further to my call, please find attached the report from the {body} about the "
             f"{ctx.loss_words().lower()} on {ctx.dw(r['date_of_loss'])} at "
             f"{r['incident_location']}. In short, this is what happened:", h=5.5)
    pdf.ln(2)
    pdf.para(r["incident_description"], h=5.5, indent=8)
    pdf.ln(2)
    items = _items_or_total(ctx)
    if items:
        pdf.para("My losses are as follows:", h=5.5)
        for desc, amount in items:
            pdf.para(f"-  {desc}: {ctx.m(amount)}", h=5.5, indent=8)
        pdf.para(f"which makes a total claim of {ctx.m(r['claimed_amount'])}.", h=5.5)
    else:
        pdf.para(f"I am claiming {ctx.m(r['claimed_amount'])} in total.", h=5.5)
    pdf.ln(2)
    pdf.para("Please call me if you need anything else.", h=5.5)
    pdf.ln(4)
    pdf.para(pick(("Kind regards,", "Yours faithfully,", "Sincerely,")))
    pdf.ln(2)
    pdf.at(26, pdf.get_y() + 5, r["claimant_name"], "serif", "I", 15)
    pdf.font("sans", "", 10.5)
    pdf.ln(9)
    pdf.para(r["claimant_name"])
    pdf.para("Enc.: police report (1 page)")

    # page 2: the police report
    pdf.add_page()
    pdf.set_margins(14, 14, 14)
    pdf.set_xy(14, 14)
    left, width = 14.0, pdf.w - 28
    reported_to_police = ctx.shift(r["date_of_loss"], 0, max(0, min(
        1, (date.fromisoformat(r["date_reported"]) - date.fromisoformat(r["date_of_loss"])).days)))
    officer = ctx.person(f"{ascii_fold(body.split()[-1].lower())}.police.example")
    station_phone = ctx.decoy_phone()
    pdf.set_fill_color(30, 40, 70)
    pdf.set_text_color(255)
    pdf.font("sans", "B", 13)
    pdf.cell(width, 9, body.upper(), fill=True, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("sans", "", 8.5)
    title = {"US": "INCIDENT / OFFENSE REPORT - CITIZEN COPY",
             "GB": "CRIME REPORT - VICTIM'S COPY",
             "DE": "BESCHEINIGUNG UEBER ANZEIGENERSTATTUNG (confirmation of report)"}[ctx.country]
    pdf.cell(width, 6, title, fill=True, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0)
    pdf.ln(3)
    number_label = {"US": pick(("Report No.", "Case Number", "DR No.")),
                    "GB": pick(("Crime reference number", "Crime ref.")),
                    "DE": "Vorgangs-Nr. / reference"}[ctx.country]
    police_no = r["police_report_number"] or ctx.ref("INC-99-999999")

    def boxes(cells: list[tuple[float, str, str]], h: float = 11) -> None:
        """Caption in the box's top-left corner, value below it, like a police form."""
        y = pdf.get_y()
        x = left
        for frac, caption, value in cells:
            w = width * frac
            pdf.rect(x, y, w, h)
            pdf.at(x + 1.2, y + 3, caption.upper(), "cond", "", 6)
            pdf.font("cond", "", 9.5)
            pdf.set_xy(x + 1.2, y + 4.2)
            pdf.multi_cell(w - 2.4, 4.2, value, new_x=XPos.LEFT, new_y=YPos.NEXT)
            x += w
        pdf.set_y(y + h)

    tod = f"{ctx.rng.randint(0, 23):02d}{ctx.pick(('05', '20', '35', '50'))}"
    boxes([(0.3, number_label, police_no), (0.25, "CAD / incident no.", ctx.ref("99-999999")),
           (0.2, "District / beat", ctx.ref("A9")), (0.25, "Report status",
                                                        pick(("Open", "Suspended", "Filed")))])
    boxes([(0.25, "Offense / incident type", ctx.loss_words().upper()),
           (0.25, "Date / time occurred", f"{ctx.d(r['date_of_loss'])} {tod}"),
           (0.25, "Date / time reported", f"{ctx.d(reported_to_police)} "
                                          f"{ctx.rng.randint(7, 22):02d}00"),
           (0.25, "Report taken", pick(("In person", "By telephone", "Online")))])
    boxes([(1.0, "Location of occurrence", r["incident_location"])])
    pdf.ln(2)
    pdf.font("sans", "B", 8)
    pdf.cell(width, 5, "REPORTING PARTY / VICTIM", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    boxes([(0.4, "Name (last, first, middle)", fmt_name(r["claimant_name"], "LAST_FIRST")),
           (0.2, "D.O.B.", ctx.d(ctx.birth_date())),
           (0.4, "Residence phone", ctx.ph(r["claimant_phone"]))])
    boxes([(1.0, "Home address", r["claimant_address"])])
    if r["vehicle_make_model_year"] or r["vehicle_vin"]:
        pdf.ln(2)
        pdf.font("sans", "B", 8)
        pdf.cell(width, 5, "VEHICLE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        make, model, year = vehicle_parts(r["vehicle_make_model_year"]) \
            if r["vehicle_make_model_year"] else ("", "", "")
        boxes([(0.1, "Year", year), (0.18, "Make", make), (0.18, "Model", model),
               (0.12, "Color", pick(("Silver", "Black", "Blue", "White", "Grey"))),
               (0.14, "Plate", ctx.plate()), (0.28, "VIN", r["vehicle_vin"] or "")])
    witness = ctx.person()
    pdf.ln(2)
    pdf.font("sans", "B", 8)
    pdf.cell(width, 5, "WITNESS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    boxes([(0.4, "Name", witness.name), (0.3, "Phone", ctx.ph(witness.phone)),
           (0.3, "D.O.B.", ctx.d(ctx.birth_date()))])
    pdf.ln(2)
    pdf.font("sans", "B", 8)
    pdf.cell(width, 5, "NARRATIVE (OFFICER)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    story = (f"ON THE ABOVE DATE R/P ATTENDED AND REPORTED A {ctx.loss_words().upper()} AT THE "
             f"LOCATION SHOWN. R/P STATED THE LOSS WAS DISCOVERED "
             f"{pick(('EARLY THAT MORNING', 'ON RETURNING HOME', 'SHORTLY AFTER IT HAPPENED'))}. "
             f"NO SUSPECTS IDENTIFIED AT THIS TIME. R/P ADVISED TO CONTACT INSURER AND GIVEN "
             f"REPORT NUMBER. SEE ALSO RELATED CASE {ctx.ref('99-999999')}.")
    pdf.font("mono", "", 8.5)
    pdf.multi_cell(width, 4.4, story, border=1, padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    rank = {"US": "Officer", "GB": "PC", "DE": "POK"}[ctx.country]
    boxes([(0.4, "Reporting officer", f"{rank} {officer.name}"),
           (0.2, "Badge / ID no.", ctx.ref("9999")),
           (0.4, "Station telephone", ctx.ph(station_phone))])
    boxes([(0.4, "Approving supervisor", f"Sgt. {ctx.fake.last_name()}"),
           (0.3, "Officer e-mail", officer.email),
           (0.3, "Date of this copy", ctx.d(ctx.shift(reported_to_police, 0, 2)))])
    pdf.ln(3)
    pdf.font("cond", "", 7)
    pdf.para("This copy is provided to the reporting party for insurance purposes. It is not "
             "a finding of fact. Quote the report number in all correspondence.", h=3.5)
    return pdf


# --------------------------------------------------------------------------- 5. letter

def layout_multi_column_letter(ctx: Ctx) -> Sheet:
    r, pick = ctx.record, ctx.pick
    handler = ctx.person(ctx.insurer_domain)
    insurer_phone = ctx.decoy_phone()
    acknowledgement = ctx.rng.random() < 0.5
    pdf = Sheet(ctx.country, f"{ctx.insurer} is authorised and regulated. Registered office: "
                             f"{ctx.decoy_address()}")
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    side_w = 52.0
    side_x, body_x = 12.0, 12.0 + 52.0 + 8.0
    body_w = pdf.w - body_x - 18
    # letterhead
    pdf.set_fill_color(238, 241, 246)
    pdf.rect(0, 0, side_x + side_w + 2, pdf.h, style="F")
    pdf.set_xy(side_x, 18)
    pdf.font("serif", "B", 13)
    pdf.multi_cell(side_w, 6, ctx.insurer, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(6)

    def side(caption: str, lines: list[str]) -> None:
        pdf.set_x(side_x)
        pdf.font("sans", "B", 7.5)
        pdf.multi_cell(side_w, 4, caption, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.font("sans", "", 8)
        for line in lines:
            pdf.set_x(side_x)
            pdf.multi_cell(side_w, 4.2, line, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(3.5)

    letter_date = r["date_reported"] if not acknowledgement else \
        ctx.shift(r["date_reported"], 1, 4)
    if acknowledgement:
        side("Claims service", [*address_lines(ctx.decoy_address()), ctx.ph(insurer_phone),
                                f"claims@{ctx.insurer_domain}"])
        side("Your claims handler", [handler.name, f"Direct: {ctx.ph(handler.phone)}",
                                     handler.email])
        side("Claim number", [r["claim_number"]])
        side("Policy number", [r["policy_number"]])
        side("Date notified", [ctx.d(r["date_reported"])])
        side("Our reference", [ctx.ref("AAA/9999/99")])
    else:
        side("Sent to", [ctx.insurer, *address_lines(ctx.decoy_address()),
                         f"claims@{ctx.insurer_domain}", ctx.ph(insurer_phone)])
        side("Your reference", [r["claim_number"]])
        side("Policy", [r["policy_number"]])
        side("Agent", [handler.name, ctx.ph(handler.phone)])
        side("Enclosures", ["Photographs (6)", f"Invoice {ctx.ref('INV-99999')}"])

    # body
    pdf.set_left_margin(body_x)
    pdf.set_right_margin(18)
    pdf.set_xy(body_x, 20)
    pdf.font("serif", "", 11)
    if acknowledgement:
        for line in [r["claimant_name"], *address_lines(r["claimant_address"])]:
            pdf.cell(body_w, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(10)
    else:
        pdf.ln(20)
    pdf.cell(body_w, 5.2, ctx.dw(letter_date), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    items = _items_or_total(ctx)
    cheque = ctx.rng.random() < 0.3
    words = amount_in_words(r["claimed_amount"], r["currency"], cheque)
    total = f"{words} ({ctx.m(r['claimed_amount'])})"
    paras: list[str] = []
    if acknowledgement:
        pdf.font("serif", "B", 11)
        pdf.multi_cell(body_w, 5.5, pick(("Your claim - what happens next",
                                          "We have received your claim")),
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        first = r["claimant_name"].split()[0]
        paras.append(f"Dear {first},")
        paras.append(f"Thank you for telling us about the {ctx.loss_words().lower()} of "
                     f"{ctx.dw(r['date_of_loss'])} at {r['incident_location']}. We have opened "
                     f"a claim and the details you gave us are set out below so you can check "
                     f"them. You told us:")
        paras.append(r["incident_description"])
        paras.append(f"You are claiming {total} in total.")
    else:
        pdf.font("serif", "B", 11)
        pdf.multi_cell(body_w, 5.5, f"Claim for {ctx.loss_words().lower()} - "
                                    f"{ctx.dw(r['date_of_loss'])}",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        paras.append(pick(("Dear Sir or Madam,", "Dear claims team,")))
        paras.append(f"I am writing to claim under my policy for the loss that happened on "
                     f"{ctx.dw(r['date_of_loss'])} at {r['incident_location']}. Here is what "
                     f"happened.")
        paras.append(r["incident_description"])
        paras.append(f"I am claiming the sum of {total}.")
    if r["vehicle_make_model_year"] or r["vehicle_vin"]:
        paras.append("Vehicle: " + vehicle_phrase(ctx, "{make} {model} ({year})") + ".")
    if r["police_report_number"]:
        paras.append(f"The police ({ctx.police_body()}) gave the reference "
                     f"{r['police_report_number']}.")
    pdf.font("serif", "", 11)
    for p in paras:
        pdf.multi_cell(body_w, 5.5, p, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    if items:
        pdf.font("serif", "", 10)
        pdf.set_fill_color(255)
        with pdf.table(col_widths=(body_w - 38, 38), width=body_w, align="LEFT",
                       first_row_as_headings=True, line_height=5,
                       text_align=("LEFT", "RIGHT"), borders_layout="SINGLE_TOP_LINE") as t:
            head = t.row()
            head.cell("Breakdown")
            head.cell("Amount")
            for d, a in items:
                row = t.row()
                row.cell(d)
                row.cell(ctx.m(a))
        pdf.ln(3)
    pdf.font("serif", "", 11)
    if acknowledgement:
        pdf.multi_cell(body_w, 5.5, f"Your policy excess of {ctx.m(ctx.pick(('100', '250')))} "
                                    f"will apply. {handler.name} will call you within two "
                                    f"working days. We have these contact details for you - "
                                    f"please tell us if anything is wrong:",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        for line in (r["claimant_name"], r["claimant_address"], ctx.ph(r["claimant_phone"]),
                     r["claimant_email"]):
            pdf.set_x(body_x + 6)
            pdf.multi_cell(body_w - 6, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(5)
        pdf.multi_cell(body_w, 5.5, "Yours sincerely,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(8)
        for line in (handler.name, "Claims Handler", ctx.insurer):
            pdf.multi_cell(body_w, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(body_w, 5.5, "Please contact me at any time using the details below.",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
        pdf.multi_cell(body_w, 5.5, pick(("Yours faithfully,", "Kind regards,")),
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.at(body_x + 1, pdf.get_y() + 7, r["claimant_name"], "serif", "I", 15)
        pdf.ln(11)
        closing = [r["claimant_name"], *address_lines(r["claimant_address"]),
                   f"Tel. {ctx.ph(r['claimant_phone'])}", r["claimant_email"]]
        for line in closing:
            pdf.multi_cell(body_w, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf


# --------------------------------------------------------------------------- 6. box_form

def layout_box_form(ctx: Ctx) -> Sheet:
    r, pick = ctx.record, ctx.pick
    pdf = Sheet(ctx.country,
                f"{ctx.insurer}  -  {ctx.ref('CLF 99/25')}  -  page {{page}} of {{nb}}")
    pdf.add_page()
    left, width = pdf.l_margin, pdf.epw
    box = 5.4
    pdf.font("sans", "B", 14)
    pdf.cell(0, 7, ctx.insurer, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font("sans", "", 10)
    pdf.cell(0, 5, pick(("Claim form - please use BLOCK CAPITALS and black ink",
                         "Household / motor claim form (one letter per box)")),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    def comb(caption: str, value: str, x: float | None = None, n: int | None = None) -> float:
        """A caption, then one box per character; returns the x after the boxes."""
        x = left if x is None else x
        y = pdf.get_y()
        pdf.at(x, y + 3, caption, "sans", "", 7.5)
        n = n or max(len(value), 4)
        pdf.set_draw_color(70)
        pdf.font("mono", "", 11)
        for i in range(n):
            bx = x + i * box
            pdf.rect(bx, y + 4.5, box, box + 1)
            if i < len(value) and value[i] != " ":
                pdf.text(bx + (box - pdf.get_string_width(value[i])) / 2, y + 9.3, value[i])
        return x + n * box

    def date_comb(caption: str, iso: str, x: float | None = None) -> float:
        d = date.fromisoformat(iso)
        x = left if x is None else x
        y = pdf.get_y()
        pdf.at(x, y + 3, caption, "sans", "", 7.5)
        pdf.font("mono", "", 11)
        digits = [f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"]
        if ctx.country == "US":
            digits = [digits[1], digits[0], digits[2]]
        bx = x
        for g, part in enumerate(digits):
            for ch in part:
                pdf.rect(bx, y + 4.5, box, box + 1)
                pdf.text(bx + (box - pdf.get_string_width(ch)) / 2, y + 9.3, ch)
                bx += box
            if g < 2:
                pdf.at(bx + 0.8, y + 9.3, "/", "mono", "", 11)
                bx += 3.5
        pdf.at(x, y + 14, "MM / DD / YYYY" if ctx.country == "US" else "DD / MM / YYYY",
               "sans", "", 6)
        return bx

    def gap(h: float = 13) -> None:
        pdf.set_y(pdf.get_y() + h)

    def section(title: str) -> None:
        pdf.set_fill_color(40, 40, 40)
        pdf.set_text_color(255)
        pdf.font("sans", "B", 9)
        pdf.cell(width, 5.5, "  " + title, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0)
        pdf.ln(1)

    section("1  POLICY AND CLAIM")
    comb("Policy number", r["policy_number"])
    comb("Claim number (if you have one)", r["claim_number"], x=left + 90)
    gap()
    section("2  YOUR DETAILS")
    parts = r["claimant_name"].split()
    upper = _upper_safe(r["claimant_name"])
    surname, forenames = parts[-1], " ".join(parts[:-1])
    comb("Surname", surname.upper() if upper else surname, n=max(len(surname), 16))
    comb("Forename(s)", forenames.upper() if upper else forenames, x=left + 95,
         n=max(len(forenames), 14))
    gap()
    date_comb("Date of birth", ctx.birth_date())
    phone_digits = ("0" + "".join(phone_groups(r["claimant_phone"])[1])
                    if ctx.country != "US" and ctx.rng.random() < 0.3 else
                    "".join(phone_groups(r["claimant_phone"])[1]) if ctx.country == "US"
                    else r["claimant_phone"])
    comb("Daytime telephone", phone_digits, x=left + 70)
    gap(17)
    y = pdf.get_y()
    pdf.at(left, y + 3, "Address", "sans", "", 7.5)
    pdf.rect(left, y + 4.5, width, 13)
    pdf.font("mono", "", 11)
    pdf.set_xy(left + 1.5, y + 5.5)
    pdf.multi_cell(width - 3, 5.5, "\n".join(address_lines(r["claimant_address"])),
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 19)
    y = pdf.get_y()
    pdf.at(left, y + 3, "E-mail", "sans", "", 7.5)
    pdf.rect(left, y + 4.5, width, 7)
    pdf.at(left + 1.5, y + 9.6, r["claimant_email"], "mono", "", 11)
    pdf.set_y(y + 14)
    section("3  THE LOSS")
    date_comb("Date of loss", r["date_of_loss"])
    date_comb("Date you told us", r["date_reported"], x=left + 95)
    gap(17)
    y = pdf.get_y()
    pdf.at(left, y + 3, "What happened? Tick one box", "sans", "", 7.5)
    for i, (key, label) in enumerate(TICK_OPTIONS):
        bx = left + (i % 5) * (width / 5)
        by = y + 5 + (i // 5) * 6.5
        pdf.rect(bx, by, 4, 4)
        if key == r["incident_type"]:
            pdf.at(bx + 0.8, by + 3.4, "X", "sans", "B", 10)
        pdf.at(bx + 5.5, by + 3.2, label, "sans", "", 7.5)
    pdf.set_y(y + 19)
    y = pdf.get_y()
    pdf.at(left, y + 3, "Where did it happen?", "sans", "", 7.5)
    pdf.rect(left, y + 4.5, width, 7)
    pdf.at(left + 1.5, y + 9.6, r["incident_location"], "mono", "", 10.5)
    pdf.set_y(y + 14)
    y = pdf.get_y()
    pdf.at(left, y + 3, "Tell us in your own words how the loss happened", "sans", "", 7.5)
    pdf.font("mono", "", 10.5)
    lines = pdf.multi_cell(width - 3, 5.5, r["incident_description"], dry_run=True,
                           output="LINES")
    h = max(len(lines), 3) * 5.5 + 3
    pdf.rect(left, y + 4.5, width, h)
    pdf.set_xy(left + 1.5, y + 5.5)
    pdf.multi_cell(width - 3, 5.5, r["incident_description"], new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.set_y(y + 6 + h)
    if r["police_report_number"]:
        comb("Police / crime reference", r["police_report_number"])
        gap()
    if r["vehicle_vin"] or r["vehicle_make_model_year"]:
        if r["vehicle_vin"]:
            comb("Vehicle identification number (VIN)", r["vehicle_vin"])
        comb("Registration", ctx.plate().replace(" ", ""), x=left + 105)
        gap()
        if r["vehicle_make_model_year"]:
            make, model, year = vehicle_parts(r["vehicle_make_model_year"])
            y = pdf.get_y()
            for x, cap, val, w in ((left, "Make", make, 50), (left + 55, "Model", model, 60),
                                   (left + 120, "Year", year, 25)):
                pdf.at(x, y + 3, cap, "sans", "", 7.5)
                pdf.rect(x, y + 4.5, w, 7)
                pdf.at(x + 1.5, y + 9.6, val, "mono", "", 11)
            pdf.set_y(y + 14)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    section("4  WHAT YOU ARE CLAIMING FOR")
    pdf.font("sans", "", 9.5)
    pdf.set_fill_color(255)
    with pdf.table(col_widths=(130, 44), first_row_as_headings=True, line_height=6,
                   text_align=("LEFT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
        head = t.row()
        head.cell("Item (describe)")
        head.cell(f"Cost ({r['currency']})")
        for d, a in _items_or_total(ctx):
            row = t.row()
            row.cell(d)
            row.cell(ctx.m(a, bare=True))
        row = t.row()
        row.cell("TOTAL", style=FontFace(emphasis="BOLD"))
        row.cell(ctx.m(r["claimed_amount"], bare=True), style=FontFace(emphasis="BOLD"))
    pdf.ln(4)
    if pdf.get_y() > pdf.page_break_trigger - 40:
        pdf.add_page()
    section("5  YOUR BROKER (IF ANY) AND DECLARATION")
    broker = ctx.person()
    pdf.font("sans", "", 9)
    pdf.para(f"Broker: {broker.name}   Tel: {ctx.ph(broker.phone)}   E-mail: {broker.email}",
             h=5)
    pdf.ln(2)
    pdf.font("sans", "", 8)
    pdf.para("I declare that the details on this form are true and complete.", h=4)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.at(left + 2, y + 5, r["claimant_name"], "serif", "I", 14)
    pdf.line(left, y + 7, left + 90, y + 7)
    pdf.at(left, y + 10.5, "Signature", "sans", "", 7)
    pdf.set_y(y - 2)
    date_comb("Date", r["date_reported"], x=left + 105)
    return pdf


LAYOUTS: dict[str, Callable[[Ctx], Sheet]] = {
    "table_form": layout_table_form,
    "labels_below": layout_labels_below,
    "adjuster_notes": layout_adjuster_notes,
    "police_style": layout_police_style,
    "multi_column_letter": layout_multi_column_letter,
    "box_form": layout_box_form,
}


# --------------------------------------------------------------------------- corpus

def _record(rng: random.Random, layout: str) -> dict[str, Any]:
    fake = Faker()
    fake.seed_instance(rng.getrandbits(32))
    record = make_claim_record(rng, fake)
    if layout == "police_style":  # the attached report needs a police reference
        for _ in range(60):
            if record["police_report_number"]:
                break
            record = make_claim_record(rng, fake)
    return record


def build_case(seed: int, index: int, layout: str) -> tuple[dict[str, Any], bytes]:
    rng = random.Random(f"heldout:{seed}:{index}")
    record = _record(rng, layout)
    pdf = LAYOUTS[layout](make_ctx(record, rng))
    return record, bytes(pdf.output())


def generate_heldout(out_dir: Path, count: int, seed: int = 2027,
                     scanned_share: float = 0.3) -> list[Path]:
    """Write `count` cases (<case>.pdf, <case>.truth.json) to `out_dir`; return the PDF paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    picker = random.Random(f"heldout:{seed}:plan")
    names = list(LAYOUTS)
    picker.shuffle(names)
    scanned = set(picker.sample(range(count), round(count * scanned_share))) if count else set()
    paths = []
    for i in range(count):
        layout = names[i % len(names)]
        record, pdf_bytes = build_case(seed, i, layout)
        is_scanned = i in scanned
        if is_scanned:
            pdf_bytes = scan_pdf(pdf_bytes, random.Random(f"heldout:{seed}:{i}:scan"))
        stem = f"heldout-{seed}-{i:04d}"
        pdf_path = out_dir / f"{stem}.pdf"
        pdf_path.write_bytes(pdf_bytes)
        truth = {name: record[name] for name in FIELDS}
        truth.update(layout=layout, scanned=is_scanned)
        (out_dir / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2,
                                                               ensure_ascii=False) + "\n")
        paths.append(pdf_path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=40)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--scanned-share", type=float, default=0.3)
    args = parser.parse_args(argv)
    paths = generate_heldout(args.out_dir, args.count, args.seed, args.scanned_share)
    print(f"wrote {len(paths)} held-out cases to {args.out_dir}")


if __name__ == "__main__":
    main()
