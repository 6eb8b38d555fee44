"""Held-out corpus 19, shared pieces: regions (ZA, SG, CA, GB, AU), people, dates, money, VINs."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
          "claimant_address", "date_of_loss", "date_reported", "incident_type",
          "incident_location", "incident_description", "police_report_number", "vehicle_vin",
          "vehicle_make_model_year", "claimed_amount", "currency", "line_items")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DATE_STYLES = ("dmy_slash", "d_month_y", "dmy_dash", "iso", "d_mon_y", "dmy_dot")
FIRST = ("Thandi", "Sipho", "Pieter", "Annelie", "Wei Ling", "Jun Hao", "Priya", "Arjun",
         "Chloe", "Liam", "Aiden", "Maeve", "Oliver", "Harriet", "Callum", "Isla", "Mitchell",
         "Brooke", "Nomvula", "Rajesh", "Siew Mei", "Gareth", "Fiona", "Declan", "Tahlia",
         "Jarrah", "Marguerite", "Etienne", "Bongani", "Lerato", "Hamish", "Imogen")
LAST = ("Naidoo", "Dlamini", "van der Merwe", "Botha", "Tan", "Lim", "Ramasamy", "Goh",
        "Tremblay", "Gagnon", "MacDonald", "Wong", "Pemberton", "Hughes", "Okafor", "Patel",
        "Fitzgerald", "Nguyen", "Kowalski", "Mokoena", "Chua", "Singh", "Harrington", "Byrne",
        "Whitfield", "Campbell", "Lachance", "Ellison", "Zulu", "Pillay", "Sutherland", "Ashby")
STREETS = ("Jacaranda", "Maple", "Banksia", "Elm", "Cedar", "Wattle", "Protea", "Birch",
           "Kingfisher", "Heron", "Rowan", "Acacia")


@dataclass(frozen=True)
class Region:
    code: str
    currency: str
    tax: str
    rate: Decimal
    money_styles: tuple[str, ...]
    police: str


REGIONS = (
    Region("ZA", "ZAR", "VAT", Decimal("0.15"), ("R {sp}", "R{cm}", "ZAR {cm}"), "SAPS"),
    Region("SG", "SGD", "GST", Decimal("0.09"), ("S${cm}", "SGD {cm}"), "SPF"),
    Region("CA", "CAD", "HST", Decimal("0.13"), ("${cm}", "CAD {cm}", "C${cm}"), "TPS"),
    Region("GB", "GBP", "VAT", Decimal("0.20"), ("£{cm}", "GBP {cm}"), "MPS"),
    Region("AU", "AUD", "GST", Decimal("0.10"), ("${cm}", "AUD {cm}", "A${cm}"), "NSWPF"),
)


def format_date(day: date, style: str) -> str:
    return {"dmy_slash": f"{day:%d/%m/%Y}", "d_month_y": f"{day.day} {MONTHS[day.month - 1]} "
            f"{day.year}", "dmy_dash": f"{day:%d-%m-%Y}", "iso": day.isoformat(),
            "d_mon_y": f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}",
            "dmy_dot": f"{day:%d.%m.%Y}"}[style]


def number_forms(amount: Decimal) -> dict[str, str]:
    """`cm`: 12,345.67; `sp`: 12 345,67 (South African); `raw`: 12345.67."""
    comma = f"{amount:,.2f}"
    return {"cm": comma, "sp": comma.replace(",", " ").replace(".", ","), "raw": f"{amount:.2f}"}


def format_money(amount: Decimal, style: str) -> str:
    return style.format(**number_forms(amount))


def phone_for(rng: random.Random, code: str) -> tuple[str, str]:
    """A (printed, E.164) mobile or landline number of the region, printed in a local way."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if code == "ZA":
        n = rng.choice(("82", "83", "72", "76", "61", "11", "21")) + d(7)
        shown = rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"+27 {n[:2]} {n[2:5]} {n[5:]}"))
        return shown, "+27" + n
    if code == "SG":
        n = rng.choice("89") + d(7)
        return rng.choice((f"+65 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}")), "+65" + n
    if code == "CA":
        n = rng.choice(("416", "604", "613", "905", "514")) + rng.choice("2345678") + d(6)
        shown = rng.choice((f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                            f"+1 {n[:3]} {n[3:6]} {n[6:]}"))
        return shown, "+1" + n
    if code == "GB":
        n = "7" + rng.choice("4789") + d(8)
        return rng.choice((f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}")), "+44" + n
    n = "4" + rng.choice("01234") + d(7)
    return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}")), "+61" + n


def address_for(rng: random.Random, code: str) -> str:
    no, street = rng.randint(2, 240), rng.choice(STREETS)
    if code == "ZA":
        town = rng.choice((("Lynnwood", "Pretoria", "0081"), ("Rondebosch", "Cape Town", "7700"),
                           ("Morningside", "Durban", "4001")))
        return f"{no} {street} Street, {town[0]}, {town[1]}, {town[2]}"
    if code == "SG":
        return (f"Blk {no} {rng.choice(('Tampines', 'Bedok', 'Jurong West'))} Street "
                f"{rng.randint(11, 91)}, #{rng.randint(2, 15):02d}-{rng.randint(10, 480)}, "
                f"Singapore {rng.randint(310000, 680000)}")
    if code == "CA":
        city = rng.choice((("Toronto", "ON", "M4C 1B5"), ("Vancouver", "BC", "V5K 0A1"),
                           ("Ottawa", "ON", "K1S 3W6")))
        return f"{no} {street} Avenue, {city[0]}, {city[1]} {city[2]}"
    if code == "GB":
        city = rng.choice((("Leeds", "LS6 2AB"), ("Bristol", "BS7 8QT"), ("Norwich", "NR2 3JD")))
        return f"{no} {street} Grove, {city[0]} {city[1]}"
    city = rng.choice((("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"),
                       ("Toowong", "QLD", "4066")))
    return f"{no} {street} Court, {city[0]} {city[1]} {city[2]}"


VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def make_vin(rng: random.Random) -> str:
    chars = [rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)]
    chars[9] = rng.choice("LMNPRST")
    total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


@dataclass
class People:
    """The claimant and the decoy parties: no decoy shares a first or last name with the
    claimant."""
    names: list[tuple[str, str]]
    phones: list[tuple[str, str]] = field(default_factory=list)

    def full(self, i: int) -> str:
        return " ".join(self.names[i])


def draw_people(rng: random.Random, code: str, count: int = 6) -> People:
    firsts, lasts = rng.sample(FIRST, count), rng.sample(LAST, count)
    people = People(list(zip(firsts, lasts, strict=True)))
    people.phones = [phone_for(rng, code) for _ in range(count)]
    return people


HOSTS = {"ZA": ("gmail.com", "mweb.co.za", "telkomsa.net"), "SG": ("gmail.com", "singnet.com.sg"),
         "CA": ("gmail.com", "rogers.com", "shaw.ca"), "GB": ("outlook.com", "btinternet.com"),
         "AU": ("gmail.com", "bigpond.com", "optusnet.com.au")}


def email_for(rng: random.Random, first: str, last: str, code: str = "GB") -> str:
    user = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}"))
    host = rng.choice(HOSTS[code])
    return (user.replace(" ", "") + "@" + host).lower()


def pick_dates(rng: random.Random) -> tuple[date, date]:
    loss = date(2025, 6, 1) + timedelta(days=rng.randint(0, 300))
    return loss, loss + timedelta(days=rng.randint(1, 20))


def money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100
