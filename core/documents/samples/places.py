"""Where sample claimants live: cities, addresses, phone numbers and police forces per country.

Phone numbers come from the ranges set aside for fiction (555-01xx in North America, Ofcom's
drama numbers in the UK, the Bundesnetzagentur's in Germany), yet they are valid E.164 numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from faker import Faker


@dataclass(frozen=True)
class City:
    name: str
    region: str  # US state; empty elsewhere
    postal: str  # US ZIP prefix, UK outward code, German postcode prefix
    phone_prefix: str  # E.164 start; random digits fill up to the country's length
    police: str  # prefix of police report numbers


@dataclass(frozen=True)
class Country:
    code: str
    currency: str
    locale: str
    phone_length: int  # E.164 length with the plus sign
    cities: tuple[City, ...]
    streets: tuple[str, ...]  # empty: Faker's street names


COUNTRIES: dict[str, Country] = {
    "US": Country("US", "USD", "en_US", 12, (
        City("Boston", "MA", "021", "+161755501", "BPD"),
        City("New York", "NY", "100", "+121255501", "NYPD"),
        City("Chicago", "IL", "606", "+131255501", "CPD"),
        City("Springfield", "IL", "627", "+121755501", "SPD"),
        City("Austin", "TX", "787", "+151255501", "APD"),
        City("Denver", "CO", "802", "+130355501", "DPD"),
        City("Phoenix", "AZ", "850", "+160255501", "PHX"),
        City("Seattle", "WA", "981", "+120655501", "SPD"),
        City("San Francisco", "CA", "941", "+141555501", "SFPD"),
        City("Atlanta", "GA", "303", "+140455501", "APD"),
    ), ()),
    "GB": Country("GB", "GBP", "en_GB", 13, (
        City("London", "", "SW11", "+442079460", "MPS"),
        City("Manchester", "", "M14", "+441614960", "GMP"),
        City("Leeds", "", "LS6", "+441134960", "WYP"),
        City("Bristol", "", "BS7", "+441174960", "ASP"),
        City("Birmingham", "", "B15", "+441214960", "WMP"),
        City("Edinburgh", "", "EH3", "+441314960", "PS"),
    ), ("Elm Road", "Victoria Street", "Church Lane", "Park Avenue", "Mill Lane",
        "Station Road", "High Street", "Kings Road", "Queen's Drive", "Orchard Close")),
    "DE": Country("DE", "EUR", "de_DE", 13, (
        City("Berlin", "", "101", "+493023125", "BER"),
        City("Frankfurt am Main", "", "603", "+496990009", "FFM"),
        City("Hamburg", "", "200", "+494066969", "HH"),
        City("Köln", "", "506", "+492214710", "K"),
        City("München", "", "803", "+498999998", "M"),
    ), ("Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Gartenweg", "Schillerstraße",
        "Goethestraße", "Bergstraße", "Rosenweg", "Am Markt", "Kirchgasse")),
}
COUNTRY_WEIGHTS = {"US": 70, "GB": 15, "DE": 15}
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
US_STREET_NAMES = ("Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Lake",
                   "Hill", "Park", "Main", "2nd", "3rd", "5th", "Sunset", "River", "Highland")
US_STREET_KINDS = ("Street", "Avenue", "Road", "Drive", "Lane", "Boulevard", "Court", "Way",
                   "Place", "St", "Ave", "Rd")


@cache
def locale_faker(locale: str) -> Faker:
    """One Faker per locale for the whole process; callers seed it before each use."""
    return Faker(locale)


def pick_country(rng: random.Random) -> Country:
    return COUNTRIES[rng.choices(list(COUNTRY_WEIGHTS), list(COUNTRY_WEIGHTS.values()))[0]]


def country_of_phone(phone: str) -> Country:
    """The country whose calling code starts an E.164 number (the US when none matches)."""
    for code, prefix in (("GB", "+44"), ("DE", "+49")):
        if phone.startswith(prefix):
            return COUNTRIES[code]
    return COUNTRIES["US"]


def make_phone(rng: random.Random, country: Country, city: City) -> str:
    digits = country.phone_length - len(city.phone_prefix)
    return city.phone_prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits))


def make_street(rng: random.Random, fake: Faker, country: Country) -> str:
    if country.code == "US":
        base = fake.last_name() if rng.random() < 0.5 else rng.choice(US_STREET_NAMES)
        return f"{rng.randint(1, 4999)} {base} {rng.choice(US_STREET_KINDS)}"
    if country.code == "GB":
        return f"{rng.randint(1, 180)} {rng.choice(country.streets)}"
    return f"{rng.choice(country.streets)} {rng.randint(1, 120)}"


def make_address(rng: random.Random, fake: Faker, country: Country, city: City,
                 home: bool = True) -> str:
    """A one-line postal address in the country's usual order (`home`: may be a flat)."""
    street = make_street(rng, fake, country)
    if country.code == "US":
        if home and rng.random() < 0.2:
            street += f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
        return f"{street}, {city.name}, {city.region} {city.postal}{rng.randint(0, 99):02d}"
    if country.code == "GB":
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        return f"{street}, {city.name} {city.postal} {inward}"
    return f"{street}, {city.postal}{rng.randint(0, 99):02d} {city.name}"


def city_suffix(country: Country, city: City) -> str:
    return f"{city.name}, {city.region}" if city.region else city.name


def make_road(rng: random.Random, fake: Faker, country: Country, city: City) -> str:
    """A place on the road: a highway exit or a crossing, with the city."""
    where = city_suffix(country, city)
    if country.code == "US":
        if rng.random() < 0.5:
            highway = rng.choice((5, 10, 25, 35, 70, 80, 90, 95))
            return f"I-{highway} exit {rng.randint(2, 60)}, {where}"
        first, second = (make_street(rng, fake, country).split(" ", 1)[1] for _ in range(2))
        return f"{first} and {second}, {where}"
    road = rng.choice(("A", "M")) if country.code == "GB" else "A"
    if rng.random() < 0.5:
        return f"{road}{rng.randint(1, 99)} junction {rng.randint(2, 40)}, {where}"
    first, second = rng.sample(country.streets, 2)
    return f"{first} at {second}, {where}"


def make_police_number(rng: random.Random, city: City, year: int) -> str:
    number = rng.randint(1000, 999999)
    if rng.random() < 0.7:
        return f"{city.police}-{year % 100:02d}-{number:06d}"
    return f"{city.police}{year}{number:07d}"


def city_of_address(country: Country, address: str) -> City:
    """The city an address names, or the country's first city when none is recognised."""
    for city in country.cities:
        if city.name in address:
            return city
    return country.cities[0]
