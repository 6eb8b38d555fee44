"""Held-out corpus 15, the case behind one document: the claimant, the loss, the decoy parties
and the truth record an expert would write down from the printed document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout15_kit import make_vin
from bench.heldout15_places import REGIONS, Person, Region, make_address, make_person

# incident type -> (how the narrative puts it, where it happens: "home" or "road")
STORIES = {
    "fire": ("a fire started in the kitchen when a pan of oil on the hob caught alight and the "
             "flames spread to the cupboards and ceiling before the fire brigade put it out",
             "home"),
    "theft": ("the house was broken into while we were away and a laptop, jewellery and a "
              "television were taken; the back door lock had been forced", "home"),
    "water_damage": ("a pipe under the upstairs bathroom burst overnight and water came through "
                     "the ceiling, soaking the carpets, plasterboard and furniture below", "home"),
    "weather": ("a severe storm with hail and strong winds brought down part of the roof and "
                "rain water flooded the lounge and the main bedroom", "home"),
    "vandalism": ("unknown persons smashed the front windows and sprayed paint over the garage "
                  "door and the car parked in the driveway during the night", "home"),
    "glass": ("a stone thrown up by a truck cracked the windscreen right across the driver's "
              "side and the glass has to be replaced", "road"),
    "collision": ("the other vehicle failed to give way at the intersection and struck the front "
                  "passenger side of my car, pushing it into the kerb", "road"),
    "injury": ("I slipped on a wet floor that had no warning sign, fell heavily and fractured my "
               "left wrist, and I was taken to hospital for treatment", "place"),
    "liability": ("a visitor tripped over a loose paving slab on my front path, injured her knee "
                  "and has made a claim against me for her medical costs", "home"),
    "other": ("my hearing aids and prescription glasses were lost from my bag while travelling "
              "and could not be recovered despite enquiries", "place"),
}
ROADS = {"GB": "junction of Station Road and the A64", "IE": "N11 near the Kilmacanogue exit",
         "AU": "corner of Parramatta Road and Church Street", "NZ": "State Highway 1 near Bombay",
         "IN": "Western Express Highway near the Andheri flyover"}
PLACES = {"GB": "Tesco Extra car park", "IE": "Dunnes Stores, Blanchardstown",
          "AU": "Westfield shopping centre, level 2", "NZ": "Countdown supermarket, Newmarket",
          "IN": "Phoenix Marketcity mall, ground floor"}
CARS = {"GB": (("Ford", "Focus", "WF0"), ("Vauxhall", "Corsa", "W0L"),
               ("Nissan", "Qashqai", "SJN")),
        "IE": (("Volkswagen", "Golf", "WVW"), ("Toyota", "Corolla", "SB1"), ("Skoda", "Octavia",
                                                                             "TMB")),
        "AU": (("Toyota", "Hilux", "MR0"), ("Mazda", "CX-5", "JM0"),
               ("Holden", "Commodore", "6G1")),
        "NZ": (("Toyota", "RAV4", "JTM"), ("Mitsubishi", "Outlander", "JMB"), ("Suzuki", "Swift",
                                                                              "JS2")),
        "IN": (("Maruti Suzuki", "Baleno", "MA3"), ("Hyundai", "Creta", "MAL"), ("Tata", "Nexon",
                                                                                 "MAT"))}
POLICE = {"GB": lambda r: f"{r.randint(1000000, 9999999)}/26",
          "IE": lambda r: str(r.randint(20000000, 29999999)),
          "AU": lambda r: f"E{r.randint(100000000, 999999999)}",
          "NZ": lambda r: f"P0{r.randint(10000000, 99999999)}",
          "IN": lambda r: f"{r.randint(100, 899)}/2026"}
STATIONS = {"GB": "West Yorkshire Police, Leeds District", "IE": "Garda Station, Bray",
            "AU": "Parramatta Police Station", "NZ": "Auckland Central Police",
            "IN": "Andheri Police Station"}
UNITS = {"GBP": 1, "EUR": 1, "AUD": 2, "NZD": 2, "INR": 90}


@dataclass
class Vehicle:
    make: str
    model: str
    year: int
    vin: str
    rego: str
    insurer: str

    @property
    def make_model_year(self) -> str:
        return f"{self.make} {self.model} {self.year}"


@dataclass
class Case:
    rng: object
    region: Region
    layout: str
    claimant: Person
    incident_type: str
    story: str
    location: str
    loss: date
    reported: date
    claim_number: str | None
    policy_number: str
    insurer: str
    claimed: Decimal
    police: str | None = None
    vehicle: Vehicle | None = None
    items: list[tuple[str, Decimal]] = field(default_factory=list)
    show_email: bool = True
    description: str = ""
    used: set[str] = field(default_factory=set)

    def party(self, domain: str | None = None) -> Person:
        """A decoy party of the same region (broker, witness, JP, provider...)."""
        while True:   # decoys never share a first or last name with the claimant or each other
            person = make_person(self.rng, self.region, domain)
            names = set(person.name.split())
            if not names & (self.used | set(self.claimant.name.split())):
                self.used |= names
                return person

    def vehicle_for(self, insurer: str | None = None) -> Vehicle:
        make, model, wmi = self.rng.choice(CARS[self.region.code])
        year = self.rng.randint(2012, 2024)
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        rego = {"GB": lambda r: f"{r.choice(letters)}{r.choice(letters)}{r.randint(10, 73)} "
                                f"{''.join(r.choice(letters) for _ in range(3))}",
                "IE": lambda r: f"{r.randint(141, 252)}-D-{r.randint(1000, 99999)}",
                "AU": lambda r: f"{r.choice(letters)}{r.choice(letters)}{r.randint(10, 99)}"
                                f"{r.choice(letters)}{r.choice(letters)}",
                "NZ": lambda r: "".join(r.choice(letters) for _ in range(3))
                                + str(r.randint(100, 999)),
                "IN": lambda r: f"MH 02 {r.choice(letters)}{r.choice(letters)} "
                                f"{r.randint(1000, 9999)}"}[self.region.code](self.rng)
        return Vehicle(make, model, year, make_vin(self.rng, wmi, year), rego,
                       insurer or self.rng.choice(self.region.insurers))

    def money(self, low: int, high: int) -> Decimal:
        units = UNITS[self.region.currency]
        return Decimal(self.rng.randint(low * units * 100, high * units * 100)) / 100

    def truth(self, scanned: bool) -> dict:
        v = self.vehicle
        return {
            "claim_number": self.claim_number, "policy_number": self.policy_number,
            "claimant_name": self.claimant.name,
            "claimant_email": self.claimant.email if self.show_email else None,
            "claimant_phone": self.claimant.e164, "claimant_address": self.claimant.address,
            "date_of_loss": self.loss.isoformat(), "date_reported": self.reported.isoformat(),
            "incident_type": self.incident_type, "incident_location": self.location,
            "incident_description": " ".join(self.description.split()),
            "police_report_number": self.police, "vehicle_vin": v.vin if v else None,
            "vehicle_make_model_year": v.make_model_year if v else None,
            "claimed_amount": f"{self.claimed:.2f}", "currency": self.region.currency,
            "line_items": [{"description": d, "amount": f"{a:.2f}"} for d, a in self.items],
            "layout": self.layout, "scanned": scanned}


def make_number(rng, shape: str) -> str:
    """`#` a digit, `@` a letter, anything else as is."""
    return "".join(rng.choice("0123456789") if c == "#" else
                   rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c for c in shape)


CLAIM_SHAPES = ("CLM-26-######", "C/2026/#####", "@@######", "CL 26 ####", "###-####-26")
POLICY_SHAPES = ("@@/####/####", "POL ####-####", "@@@-#######", "HM #### ####", "P#######@")


def make_case(rng, layout: str, incident_types: tuple[str, ...]) -> Case:
    """The facts of one claim; the layout decides which of them it prints."""
    region = rng.choice(REGIONS)
    claimant = make_person(rng, region)
    kind = rng.choice(incident_types)
    story, where = STORIES[kind]
    location = {"home": claimant.address, "road": ROADS[region.code],
                "place": PLACES[region.code]}[where]
    if where == "home" and rng.random() < 0.3:
        location = make_address(rng, region)   # a rental or holiday home the claimant owns
    loss = date(2026, 1, 5) + timedelta(days=rng.randint(0, 150))
    reported = loss + timedelta(days=rng.randint(1, 21))
    case = Case(rng, region, layout, claimant, kind, story, location, loss, reported,
                make_number(rng, rng.choice(CLAIM_SHAPES)),
                make_number(rng, rng.choice(POLICY_SHAPES)), rng.choice(region.insurers),
                Decimal(0))
    case.claimed = case.money(400, 24000)
    if kind in ("theft", "vandalism", "collision") and rng.random() < 0.7:
        case.police = POLICE[region.code](rng).upper()
    return case


POLICE_LABELS = {"GB": "Crime reference no.", "IE": "PULSE incident no.", "AU": "Event number",
                 "NZ": "Police file no.", "IN": "FIR No."}
CAUSES = (("fire", "Fire / smoke"), ("theft", "Theft / burglary"),
          ("water_damage", "Escape of water"), ("weather", "Storm / flood"),
          ("vandalism", "Malicious damage"), ("glass", "Glass breakage"), ("other", "Other"))



def capital(text: str) -> str:
    return text[0].upper() + text[1:]
