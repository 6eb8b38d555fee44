"""Held-out corpus 14 stories: where the loss happened and what the insured says happened,
in ordinary words that make the incident type plain to a reader."""

from __future__ import annotations

ROADS = ("Main Street", "Route 9", "Broadway", "Highland Avenue", "Fairview Road",
         "Commerce Drive", "Lincoln Avenue", "Market Street")
AUTO = {
    "collision": (
        "I was stopped at the red light on {road} when another driver came up behind me and "
        "rear-ended my {car}. The impact pushed my car into the crosswalk and crushed the "
        "rear bumper and trunk lid.",
        "While I was turning left onto {road} on a green arrow, another driver ran the red "
        "light and struck the passenger side of my {car}. Both front doors are dented and the "
        "airbags deployed.",
        "Traffic stopped suddenly on {road} and the car behind me could not stop in time. It "
        "hit my {car} hard enough to break the tail lights and bend the rear frame rail.",
    ),
    "theft": (
        "I parked my {car} in the lot near {road} in the evening and when I came back the next "
        "morning it was gone. I reported it stolen to the police right away.",
        "Someone broke into my {car} overnight outside my building on {road} and stole it. "
        "The car was found two days later stripped of its wheels and stereo.",
    ),
    "vandalism": (
        "Overnight someone keyed both sides of my {car} and slashed two tires while it was "
        "parked on {road}. Nothing was taken from inside the car.",
    ),
    "glass": (
        "A rock thrown up by a gravel truck on {road} hit the windshield of my {car} and a "
        "crack spread across the driver's side of the glass.",
    ),
    "weather": (
        "A hailstorm came through while my {car} was parked on {road}. Hailstones the size of "
        "golf balls dented the hood and roof and cracked the sunroof.",
        "Flash flooding on {road} rose above the doors of my {car} before I could move it; "
        "water got into the cabin and the engine will not start.",
    ),
}
HOME = {
    "fire": (
        "A grease fire started on the stove while I was cooking dinner and spread to the "
        "cabinets. The kitchen was badly burned and smoke damaged the living room and hallway.",
        "An electrical fire started in the garage wall overnight. The fire department put it "
        "out, but the garage roof and the laundry room behind it were burned.",
    ),
    "water_damage": (
        "A supply line under the upstairs bathroom sink burst while we were at work. Water ran "
        "through the ceiling into the kitchen below and soaked the floors and drywall.",
        "The water heater in the basement split open and flooded the finished basement with "
        "several inches of water, ruining the carpet, drywall and furniture.",
        "A pipe froze and burst in the exterior wall of the laundry room during the cold snap. "
        "Water soaked the subfloor and the cabinets before we could shut it off.",
    ),
    "weather": (
        "A severe windstorm tore shingles off the roof and a large branch came down on the back "
        "of the house. Rain then came in through the roof and stained the bedroom ceilings.",
        "A hailstorm damaged the roof shingles, gutters and siding on the north side of the "
        "house and broke two skylights.",
    ),
    "theft": (
        "While we were away for the weekend someone forced the back door and stole a laptop, "
        "a television, jewelry and two bicycles from the house.",
    ),
    "vandalism": (
        "Someone spray painted the garage door and front siding and smashed three front "
        "windows during the night. Nothing was taken from inside.",
    ),
}


def tell_story(rng, kind: str, person, vehicle) -> tuple[str, str]:
    """Return (loss location, narrative) for an incident of `kind`."""
    if vehicle:
        road, cross = rng.sample(ROADS, 2)
        place = rng.choice((f"{road} at {cross}", f"{rng.randint(100, 4999)} {road}"))
        text = rng.choice(AUTO[kind]).format(road=road, car=f"{vehicle[0]} {vehicle[1]}")
        return f"{place}, {person.city}, {person.region}", text
    return person.address, rng.choice(HOME[kind])


KIND_WORDS = {"fire": "FIRE", "water_damage": "WATER", "weather": "WIND/HAIL", "theft": "THEFT",
              "vandalism": "VANDALISM", "collision": "COLLISION", "glass": "GLASS",
              "injury": "INJURY", "liability": "LIABILITY", "other": "OTHER"}
