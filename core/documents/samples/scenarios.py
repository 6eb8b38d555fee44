"""What can happen to a claimant: loss scenarios, places and vehicles sample claims draw on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    """One kind of loss: its contract type, the policy line, the wording and the costs it brings."""

    incident_type: str
    product_type: str  # motor, home, health, travel (the demo product types)
    event: str  # first-person clause a letter opens with: "On <date> <event> at <place>."
    descriptions: tuple[str, ...]
    items: tuple[tuple[str, int, int], ...]  # cost lines: description, low, high (whole units)
    place: str  # road, parking, street, home, public, airport, destination
    police: float  # how often a police report number exists


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "collision", "motor", "my car was rear-ended",
        ("I was stopped at a red light when the vehicle behind me failed to brake and hit the "
         "rear of my car. The other driver admitted fault and we exchanged details.",
         "Traffic slowed down suddenly and the driver behind me ran into the back of my car, "
         "pushing it forward. Nobody was hurt but the rear bumper and trunk lid are badly "
         "damaged."),
        (("Rear bumper cover replacement", 450, 1400), ("Tail light assembly", 180, 520),
         ("Trunk lid repair and refinish", 600, 1800), ("Paint and materials", 250, 700),
         ("Body labor", 400, 1500), ("Towing", 90, 260), ("Rental car", 200, 700)),
        "road", 0.8,
    ),
    Scenario(
        "collision", "motor", "another car hit the side of my car",
        ("A vehicle changing lanes without signalling struck the driver side of my car. Both "
         "doors on that side are dented and the side mirror was torn off.",),
        (("Front door shell", 700, 1600), ("Rear door repair", 400, 1100),
         ("Side mirror assembly", 220, 640), ("Paint and materials", 300, 800),
         ("Body labor", 500, 1600), ("Wheel alignment", 90, 180)),
        "road", 0.7,
    ),
    Scenario(
        "collision", "motor", "I reversed into a concrete pillar",
        ("While reversing out of a parking space I misjudged the distance and struck a concrete "
         "pillar. The rear bumper is cracked and two parking sensors no longer work.",),
        (("Rear bumper replacement", 500, 1300), ("Parking sensors (2)", 160, 480),
         ("Paint and materials", 200, 600), ("Labor", 250, 800)),
        "parking", 0.0,
    ),
    Scenario(
        "theft", "motor", "my car was stolen",
        ("I parked my car outside my home in the evening and it was gone the next morning. I "
         "still have both keys. I reported the theft to the police the same morning.",),
        (("Market value of vehicle", 9000, 32000), ("Personal belongings in the vehicle", 150, 900),
         ("Child car seat", 120, 380)),
        "street", 1.0,
    ),
    Scenario(
        "theft", "motor", "the catalytic converter was stolen from my car",
        ("Someone cut the catalytic converter off my car overnight while it was parked on the "
         "street. The car is extremely loud and cannot be driven safely.",),
        (("Catalytic converter", 900, 2600), ("Exhaust pipe section", 150, 450),
         ("Oxygen sensor", 90, 260), ("Labor", 200, 600), ("Towing", 80, 220)),
        "street", 0.9,
    ),
    Scenario(
        "glass", "motor", "a stone cracked my windshield",
        ("A stone thrown up by a truck in front of me hit the windshield and caused a crack that "
         "has since spread across the driver's line of sight.",),
        (("Windshield replacement", 300, 1100), ("ADAS camera recalibration", 150, 450),
         ("Windshield moulding", 40, 120), ("Labor", 90, 260)),
        "road", 0.0,
    ),
    Scenario(
        "vandalism", "motor", "my car was vandalized",
        ("My car was keyed along both sides while it was parked, and the passenger mirror was "
         "smashed. A neighbour's camera may have recorded it.",),
        (("Paint refinish, four panels", 900, 2400), ("Passenger mirror", 200, 560),
         ("Labor", 300, 900)),
        "parking", 0.7,
    ),
    Scenario(
        "weather", "motor", "my car was damaged by hail",
        ("A severe hailstorm passed over while my car was parked outside. The roof, hood and "
         "trunk have dozens of dents and the sunroof glass is cracked.",),
        (("Paintless dent repair", 1200, 3800), ("Sunroof glass", 400, 1100),
         ("Hood replacement", 500, 1400), ("Labor", 300, 900)),
        "street", 0.0,
    ),
    Scenario(
        "fire", "motor", "my car caught fire",
        ("Smoke started coming from under the hood while I was driving. I pulled over and the "
         "engine compartment caught fire before the fire department arrived.",),
        (("Engine compartment repair", 2500, 7000), ("Wiring harness", 600, 1800),
         ("Towing", 120, 300), ("Fire department call-out fee", 250, 600)),
        "road", 0.4,
    ),
    Scenario(
        "water_damage", "home", "a pipe burst in my kitchen",
        ("A pipe under the kitchen sink burst while we were at work. Water spread across the "
         "kitchen and hallway and soaked through the floor into the basement.",
         "We came home to find water pouring from a burst pipe under the kitchen sink. The "
         "kitchen floor, the hallway and the basement ceiling are soaked."),
        (("Emergency plumber call-out", 180, 480), ("Water extraction and drying", 900, 2600),
         ("Laminate flooring replacement", 1200, 3800), ("Kitchen base cabinets", 1500, 4200),
         ("Drywall repair and painting", 500, 1600), ("Dehumidifier rental", 90, 280)),
        "home", 0.0,
    ),
    Scenario(
        "water_damage", "home", "my washing machine leaked",
        ("The inlet hose of the washing machine split and water ran for several hours before we "
         "noticed. The laundry room floor and the ceiling of the room below are damaged.",),
        (("Plumber call-out", 120, 320), ("Floor tiles replacement", 800, 2200),
         ("Ceiling repair below laundry room", 500, 1500), ("Water extraction and drying",
                                                             600, 1800)),
        "home", 0.0,
    ),
    Scenario(
        "fire", "home", "a fire started in my kitchen",
        ("A pan of oil caught fire on the stove. We put it out with an extinguisher but the "
         "cabinets above the stove burned and smoke damaged the whole ground floor.",),
        (("Smoke and soot cleaning", 1200, 3500), ("Wall cabinets replacement", 1500, 4000),
         ("Range hood", 250, 900), ("Repainting ground floor", 1400, 3800),
         ("Stove replacement", 600, 1800)),
        "home", 0.2,
    ),
    Scenario(
        "theft", "home", "my home was broken into",
        ("Someone forced the back door while we were away for the weekend. A laptop, a "
         "television and some jewellery were taken and the door frame was broken.",),
        (("Laptop computer", 700, 2200), ("Television", 400, 1600), ("Jewellery", 500, 4000),
         ("Door frame and lock repair", 300, 900)),
        "home", 1.0,
    ),
    Scenario(
        "weather", "home", "a storm damaged my roof",
        ("High winds during the storm tore shingles off the roof and rain came into the attic, "
         "staining the bedroom ceiling below.",),
        (("Roof repair", 1500, 6000), ("Emergency tarping", 250, 700),
         ("Bedroom ceiling drywall", 400, 1300), ("Attic insulation replacement", 500, 1500)),
        "home", 0.0,
    ),
    Scenario(
        "vandalism", "home", "my house was vandalized",
        ("Someone sprayed graffiti across the garage door and broke two front windows during "
         "the night.",),
        (("Graffiti removal", 300, 900), ("Window panes (2)", 400, 1200),
         ("Garage door repaint", 250, 800)),
        "home", 0.9,
    ),
    Scenario(
        "glass", "home", "our patio door shattered",
        ("The glass of the sliding patio door shattered without warning on a cold night. The "
         "door has been boarded up until it can be replaced.",),
        (("Tempered glass panel", 400, 1200), ("Emergency boarding up", 120, 350),
         ("Installation labor", 150, 450)),
        "home", 0.0,
    ),
    Scenario(
        "liability", "home", "water from my apartment leaked into the unit below",
        ("A leak from my bathroom went through the floor and damaged the ceiling and furniture "
         "of the apartment below. My neighbour is asking me to pay for the repairs.",),
        (("Neighbour's ceiling repair", 800, 2400), ("Neighbour's sofa cleaning", 150, 450),
         ("Plumber", 150, 400)),
        "home", 0.0,
    ),
    Scenario(
        "injury", "health", "I slipped and broke my wrist",
        ("I slipped on a wet floor in a supermarket aisle that had no warning sign and fell on "
         "my outstretched hand. The hospital confirmed a fractured wrist.",),
        (("Emergency room visit", 600, 2400), ("X-ray", 120, 450),
         ("Cast and orthopaedic follow-up", 300, 1200), ("Physiotherapy (6 sessions)", 360, 900),
         ("Prescription medication", 30, 160)),
        "public", 0.0,
    ),
    Scenario(
        "other", "travel", "my checked baggage was lost",
        ("My checked suitcase did not arrive at my destination and the airline has not been "
         "able to trace it after 21 days.",),
        (("Suitcase", 90, 300), ("Clothing", 300, 1200), ("Toiletries", 40, 150),
         ("Prescription glasses", 180, 600)),
        "airport", 0.0,
    ),
    Scenario(
        "other", "travel", "I had to cancel my trip",
        ("My trip had to be cancelled because my mother was admitted to hospital two days "
         "before departure.",),
        (("Non-refundable flights", 400, 1800), ("Hotel deposit", 200, 900),
         ("Tour booking", 150, 700)),
        "destination", 0.0,
    ),
)

# Vehicles a motor claim may involve: make, model, world manufacturer identifier of the VIN.
VEHICLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "US": (("Toyota", "Camry", "4T1"), ("Honda", "Accord", "1HG"), ("Honda", "CR-V", "2HK"),
           ("Ford", "F-150", "1FT"), ("Ford", "Escape", "1FM"), ("Chevrolet", "Malibu", "1G1"),
           ("Tesla", "Model 3", "5YJ"), ("Nissan", "Altima", "1N4"), ("Subaru", "Outback", "4S4"),
           ("Jeep", "Grand Cherokee", "1C4"), ("Hyundai", "Elantra", "KMH")),
    "GB": (("Ford", "Fiesta", "WF0"), ("Vauxhall", "Corsa", "W0L"), ("Nissan", "Qashqai", "SJN"),
           ("Toyota", "Yaris", "VNK"), ("Volkswagen", "Golf", "WVW"), ("Kia", "Sportage", "U5Y")),
    "DE": (("Volkswagen", "Golf", "WVW"), ("Volkswagen", "Passat", "WVW"),
           ("BMW", "320d", "WBA"), ("Audi", "A4", "WAU"), ("Opel", "Astra", "W0L"),
           ("Mercedes-Benz", "C 200", "WDD"), ("Skoda", "Octavia", "TMB")),
}

# Shops, malls and airports for places; decoys use them as well.
STORES = ("Riverside Market", "Eastgate Plaza", "Lakeview Shopping Center", "Northpoint Mall",
          "Greenway Foods", "Harbor Outlet Center", "Maple Grove Retail Park")
AIRPORTS = ("Frankfurt Airport (FRA), Germany", "London Heathrow Terminal 5, UK",
            "Chicago O'Hare International Airport, IL", "Lisbon Airport (LIS), Portugal",
            "Denver International Airport, CO", "Amsterdam Schiphol Airport, Netherlands")
DESTINATIONS = ("Lisbon, Portugal", "Rome, Italy", "Cancun, Mexico", "Reykjavik, Iceland",
                "Orlando, FL", "Barcelona, Spain", "Vancouver, BC, Canada")
