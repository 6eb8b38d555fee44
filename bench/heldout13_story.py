"""Held-out corpus 13 stories: narratives, places and cost rows per incident type."""

from __future__ import annotations

STORIES = {
    "collision": [
        "While I was waiting to turn left the car behind me failed to stop and struck the rear "
        "of my vehicle. The boot lid, rear bumper and both tail lights are damaged.",
        "A van reversing out of a loading bay hit the passenger side of my car as I drove past. "
        "Both doors on that side are dented and the mirror is broken.",
        "The other driver pulled out of a side road without looking and we collided. My front "
        "bumper, bonnet and headlamp took the impact; nobody was hurt.",
        "On a wet roundabout the vehicle in the next lane drifted into mine. The front wing and "
        "wheel arch are scraped and the alloy wheel is cracked.",
    ],
    "theft": [
        "Someone forced the back door while we were away for the weekend and took a laptop, "
        "two bicycles from the hall, jewellery and a games console.",
        "My bicycle and panniers were stolen from the locked shed behind the house; the padlock "
        "was cut and left on the ground.",
        "The car was broken into overnight and the satnav, a child seat and a bag with work "
        "tools were taken from the boot.",
    ],
    "fire": [
        "A fire started in the tumble dryer in the utility room. It spread to the cupboards and "
        "the ceiling before the fire brigade put it out; the kitchen is smoke damaged.",
        "A pan of oil caught fire on the hob. The extractor hood, wall units and part of the "
        "worktop are burnt and the whole ground floor needs cleaning.",
    ],
    "water_damage": [
        "A flexible hose under the bathroom sink burst and water ran through the floor into the "
        "living room below. The ceiling plaster came down and the laminate is ruined.",
        "The washing machine outlet came loose during a cycle and flooded the kitchen; the "
        "skirting, the kick boards and the flooring are swollen.",
        "A pipe in the loft froze and split. Water came through the bedroom ceiling and soaked "
        "the carpet, the mattress and a wardrobe.",
    ],
    "weather": [
        "During the storm several roof tiles were blown off and rain came into the back "
        "bedroom. The fence panels along the garden were also flattened.",
        "A severe hailstorm dented the roof and bonnet of my car and cracked the sunroof while "
        "it was parked outside.",
        "Heavy wind brought down a branch from the neighbour's tree onto our conservatory roof, "
        "breaking three glass panels.",
    ],
    "vandalism": [
        "Overnight someone scratched the paintwork along both sides of my car and slashed two "
        "tyres while it was parked in the street.",
        "Our front windows were smashed with stones and graffiti was sprayed across the garage "
        "door during the night.",
    ],
    "glass": [
        "A stone thrown up by a lorry cracked the windscreen right across the driver's line of "
        "sight; the crack has since spread.",
        "The large patio door pane shattered when the door slammed in the wind. The frame is "
        "fine but the double glazed unit must be replaced.",
    ],
    "injury": [
        "I slipped on a spillage near the checkouts that had not been cleaned up or signed and "
        "fell heavily on my right wrist, which was fractured.",
        "I tripped over a raised paving slab outside the shop entrance, fell and cut my chin "
        "and injured my knee. I was taken to the emergency department.",
    ],
    "liability": [
        "Water from the flat above leaked through our ceiling for several days because the "
        "occupier did not turn off the supply; I hold them responsible for my costs.",
        "A contractor working next door dropped scaffolding poles onto my parked car and garden "
        "wall; their company has refused to pay for the repairs.",
    ],
    "liability_injury": [
        "A dog that had got out of the neighbouring garden bit me on the calf while I was "
        "walking past on the footpath; the owner admitted it had escaped before.",
        "An advertising sign came loose from the front of a café in high wind and struck me on "
        "the shoulder and head as I walked underneath it.",
    ],
    "other": [
        "My suitcase was lost on the return flight and never delivered; it held clothes, a "
        "camera and toiletries.",
        "The freezer stopped working during a power cut and all of the food in it spoiled "
        "before we returned home.",
    ],
}

PLACES = {
    "motor": ["junction of {street} and High Street, {city}", "car park of the retail park, "
              "{street}, {city}", "{street}, {city}, outside number {n}",
              "ring road near exit {n}, {city}"],
    "public": ["FreshMart supermarket, {street}, {city}", "pavement outside {n} {street}, {city}",
               "City Library entrance, {street}, {city}"],
    "travel": ["Terminal 2 baggage hall, {city} airport"],
}

GARAGE = ["Rear bumper cover", "Rear bumper reinforcement", "Tail lamp assembly LH",
          "Tail lamp assembly RH", "Boot lid repair and refinish", "Front wing replace",
          "Headlamp unit", "Bonnet panel", "Door skin repair RH front", "Door mirror glass",
          "Alloy wheel 17 in", "Paint materials", "Labour: strip and refit (hrs)",
          "Labour: panel (hrs)", "Labour: paint (hrs)", "Wheel alignment check",
          "Parking sensor", "Clips, fixings and consumables", "Courtesy car valet",
          "Calibration of driver assist camera"]
BUILDER = ["Strip out damaged ceiling plaster", "Skip hire", "Dehumidifier drying (7 days)",
           "Plasterboard and skim ceiling", "Mist coat and two coats emulsion",
           "Replace laminate flooring (m2)", "Underlay (m2)", "Skirting boards supply and fit",
           "Kitchen kick boards", "Electrician safety test", "Smoke cleaning of walls",
           "Replace wall units", "Worktop section", "Roof tiles and ridge repair",
           "Scaffold tower hire", "Fence panels and posts", "Making good and clean up",
           "Moisture readings report"]
HOSPITAL = ["Emergency department consultation", "X-ray wrist two views", "CT scan",
            "Plaster cast application", "Wound closure (sutures)", "Physiotherapy session",
            "Orthopaedic follow-up", "Medication dispensed", "Wrist splint", "Crutches hire",
            "Ambulance transfer", "Dressing change"]
CONTENTS = ["Laptop computer", "Road bicycle", "Child's bicycle", "Gold necklace",
            "Games console and controllers", "Camera with lens", "Winter coat", "Wristwatch",
            "Tablet", "Cordless drill set", "Mattress", "Wardrobe", "Carpet (bedroom)",
            "Television 55 in", "Food in freezer", "Suitcase and contents"]
