"""Held-out corpus 5: what happened, where, and what it cost, per incident type.

Every narrative states its cause plainly enough that the incident type follows from it, the way
a claimant would write it, never with the type's own label.
"""

from __future__ import annotations

import random
from decimal import Decimal

MOTOR_TYPES = ("collision", "theft", "vandalism", "glass", "weather", "fire")
HOME_TYPES = ("water_damage", "fire", "theft", "weather", "liability", "vandalism", "glass",
              "injury", "other")

STORIES: dict[str, list[str]] = {
    "motor:collision": [
        "I was waiting at a red light when a {other} ran into the back of my car. The rear bumper"
        " and boot lid are pushed in and the tail lights are broken.",
        "While I was turning left a {other} coming the other way did not stop and hit my front "
        "passenger side. Both cars had to be towed from the scene.",
        "A {other} reversing out of a space struck the driver's door of my parked car. The driver"
        " left a note with his details and admitted he had not looked.",
        "The car in front braked suddenly and I could not stop in time on the wet road; my front "
        "end hit its tow bar. Bonnet, grille and radiator are damaged.",
    ],
    "motor:theft": [
        "When I came back to where I had parked the car overnight it was gone. Nobody had "
        "permission to use it and both keys are still with me.",
        "Someone broke the rear quarter window and took my laptop bag, a child seat and the "
        "satnav from the car while I was at work.",
    ],
    "motor:vandalism": [
        "Overnight somebody scratched a deep line along both sides of the car with a key and "
        "slashed two tyres. Nothing was taken.",
    ],
    "motor:glass": [
        "A stone thrown up by a lorry on the motorway cracked the windscreen right across the "
        "driver's line of sight, so it has to be replaced.",
    ],
    "motor:weather": [
        "A hail storm passed over while the car was parked outside. The roof, bonnet and boot are"
        " covered in dents and the sunroof glass is cracked.",
        "During the storm a large branch from the neighbour's oak fell onto the car and dented "
        "the roof and the windscreen frame.",
    ],
    "motor:fire": [
        "Smoke started coming from under the bonnet while I was driving. I pulled over and the "
        "engine compartment caught fire before the fire brigade arrived.",
    ],
    "home:theft": [
        "Thieves forced the back door while we were away for the weekend and took jewellery, a "
        "laptop and two bicycles from the hallway.",
    ],
    "home:vandalism": [
        "Youths threw stones at the front of the house and sprayed paint over the garage door and"
        " the fence. The police attended the next morning.",
    ],
    "home:glass": [
        "The large pane of the patio door shattered when the door slammed shut in a draught. "
        "Nobody was hurt but the glass unit must be replaced.",
    ],
    "home:weather": [
        "Strong winds in the storm tore tiles off the roof and rain came into the loft and the "
        "back bedroom, staining the ceiling.",
    ],
    "home:fire": [
        "A pan of oil caught fire in the kitchen. The fire spread to the cupboards and the "
        "extractor hood; the rest of the house has smoke damage.",
    ],
    "home:water_damage": [
        "A pipe under the bathroom floor burst while we were at work. Water came through the "
        "kitchen ceiling and soaked the floor and the units below.",
        "The hose of the washing machine split and water ran across the utility room and into the"
        " hallway, ruining the laminate floor and the skirting.",
        "The hot water cylinder in the loft leaked for several days before we noticed the stain; "
        "the landing ceiling has partly come down.",
    ],
    "home:liability": [
        "A delivery driver slipped on our front steps and broke his wrist. His solicitor has now "
        "written to us asking for compensation.",
        "Water from our washing machine leaked through into the flat below and damaged the "
        "neighbour's ceiling and furniture. She is holding us responsible.",
    ],
    "home:injury": [
        "I fell from a ladder while clearing the gutters and fractured my ankle. I was in "
        "hospital for two nights and could not work for six weeks.",
        "I tripped on the stairs at home, fell and broke my left wrist. It was set in plaster at "
        "the hospital and I needed physiotherapy afterwards.",
    ],
    "home:other": [
        "The freezer in the garage stopped working during a long power cut and all the food in it"
        " spoiled before we noticed.",
        "Our dog chewed through the cable of the television and the living room sofa while we "
        "were out, so both must be replaced.",
    ],
}

ITEMS = {
    "motor": [("Rear bumper cover", 180, 640), ("Tail lamp assembly", 120, 420),
              ("Labour, body repair", 300, 1400), ("Paint and materials", 150, 780),
              ("Front wing panel", 160, 520), ("Radiator", 210, 690), ("Windscreen", 220, 950),
              ("Tyres (2)", 160, 480), ("Towing and storage", 90, 360),
              ("Hire car, 6 days", 180, 540), ("Door shell, driver side", 260, 890),
              ("Camera recalibration (ADAS)", 120, 320), ("Child seat", 90, 300),
              ("Satnav unit", 120, 400), ("Engine wiring loom", 600, 2200),
              ("Paintless dent repair", 400, 2200), ("Replacement keys and locks", 150, 520)],
    "home": [("Laptop computer", 450, 1900), ("Television, 55 inch", 380, 1400),
             ("Sofa, three-seater", 700, 2600), ("Laminate flooring and fitting", 800, 3600),
             ("Ceiling repair and redecoration", 600, 2800), ("Kitchen base units", 900, 4200),
             ("Drying equipment hire", 250, 900), ("Bicycle", 300, 1200),
             ("Gold ring", 250, 1800), ("Roof tiles and labour", 700, 3100),
             ("Contents of freezer", 120, 450), ("Emergency plumber call-out", 140, 420),
             ("Patio door glass unit", 300, 1400), ("Glazier call-out", 90, 260),
             ("Hospital charges", 400, 3000), ("Physiotherapy, 6 sessions", 240, 720),
             ("Loss of earnings, 6 weeks", 1200, 4800), ("Graffiti removal", 150, 600),
             ("Garage door respray", 350, 1600), ("Smoke cleaning", 400, 1800),
             ("Replacement locks", 120, 380)],
}
# Which rows fit which story; a claim lists at most as many rows as its pool holds.
POOLS = {
    "motor:collision": ["Rear bumper cover", "Tail lamp assembly", "Labour, body repair",
                        "Paint and materials", "Front wing panel", "Radiator",
                        "Towing and storage", "Hire car, 6 days", "Door shell, driver side"],
    "motor:theft": ["Hire car, 6 days", "Child seat", "Satnav unit", "Windscreen",
                    "Replacement keys and locks"],
    "motor:vandalism": ["Paint and materials", "Tyres (2)", "Labour, body repair",
                        "Door shell, driver side", "Hire car, 6 days"],
    "motor:glass": ["Windscreen", "Camera recalibration (ADAS)"],
    "motor:weather": ["Paintless dent repair", "Paint and materials", "Windscreen",
                      "Hire car, 6 days", "Labour, body repair"],
    "motor:fire": ["Towing and storage", "Engine wiring loom", "Radiator", "Hire car, 6 days"],
    "home:water_damage": ["Laminate flooring and fitting", "Ceiling repair and redecoration",
                          "Kitchen base units", "Drying equipment hire",
                          "Emergency plumber call-out", "Sofa, three-seater"],
    "home:fire": ["Kitchen base units", "Ceiling repair and redecoration", "Sofa, three-seater",
                  "Television, 55 inch", "Smoke cleaning", "Laminate flooring and fitting"],
    "home:theft": ["Laptop computer", "Television, 55 inch", "Bicycle", "Gold ring",
                   "Replacement locks"],
    "home:weather": ["Roof tiles and labour", "Ceiling repair and redecoration",
                     "Drying equipment hire", "Laminate flooring and fitting"],
    "home:vandalism": ["Graffiti removal", "Garage door respray", "Patio door glass unit"],
    "home:glass": ["Patio door glass unit", "Glazier call-out"],
    "home:liability": ["Ceiling repair and redecoration", "Sofa, three-seater",
                       "Laminate flooring and fitting"],
    "home:injury": ["Hospital charges", "Physiotherapy, 6 sessions", "Loss of earnings, 6 weeks"],
    "home:other": ["Contents of freezer", "Television, 55 inch", "Sofa, three-seater"],
}

PLACES = {
    "US": ["I-{n} near exit {k}, {city}, {st}", "intersection of {road} and {road2}, {city}, {st}",
           "parking lot of {shop}, {city}, {st}", "{k}00 block of {road}, {city}, {st}"],
    "UK": ["A{n} near junction {k}, {city}", "car park of {shop}, {road}, {city}",
           "{road} outside no. {k}, {city}"],
    "DE": ["{road} / {road2}, {city}", "Parkplatz {shop}, {road}, {city}"],
}
SHOPS = {"US": ["Walmart", "Target", "Safeway", "the Greyhound station"],
         "UK": ["Tesco", "Sainsbury's", "the leisure centre"],
         "DE": ["REWE", "Lidl", "Bahnhof"]}


def story(rng: random.Random, kind: str, incident: str, other_car: str) -> str:
    return rng.choice(STORIES[f"{kind}:{incident}"]).format(other=other_car)


def pick_items(rng: random.Random, kind: str, incident: str,
               count: int) -> list[tuple[str, Decimal]]:
    pool = [row for row in ITEMS[kind] if row[0] in POOLS[f"{kind}:{incident}"]]
    chosen = rng.sample(pool, min(count, len(pool)))
    return [(name, Decimal(rng.randint(lo * 100, hi * 100)) / 100) for name, lo, hi in chosen]


def place(rng: random.Random, region: str, city: str, st: str, roads: list[str]) -> str:
    template = rng.choice(PLACES[region])
    return template.format(n=rng.randint(5, 95), k=rng.randint(2, 48), city=city, st=st,
                           road=roads[0], road2=roads[1], shop=rng.choice(SHOPS[region]))
