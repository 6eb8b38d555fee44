"""Held-out corpus 8: the words of the documents (accounts of losses, itemised rows, labels)."""

MOTOR_STORIES = {
    "collision": [
        "I was stopped at a red light when the car behind failed to brake and hit my rear bumper.",
        "Another vehicle pulled out of a side road without looking and struck my front wing.",
        "While reversing out of a parking space I collided with a concrete bollard I had not seen.",
    ],
    "theft": [
        "The vehicle was parked and locked overnight and was gone in the morning.",
        "The car was taken from the street while I was at work; the spare key is still with me.",
    ],
    "glass": [
        "A stone thrown up by a lorry cracked the windscreen right across the driver's side.",
        "The windscreen was chipped on the motorway and the crack has since spread.",
    ],
    "vandalism": [
        "Someone keyed both doors on the passenger side and smashed a mirror during the night."
    ],
    "weather": ["A severe hailstorm dented the roof and bonnet while the car was parked outside."],
    "injury": ["My passenger hurt her neck when we were hit from behind at low speed."],
}
HOME_STORIES = {
    "theft": [
        "Somebody forced the rear door while we were away for the weekend and took a laptop, "
        "jewellery and a bicycle."
    ],
    "vandalism": [
        "Graffiti was sprayed across the front of the house and two windows were broken."
    ],
    "weather": [
        "High winds during the storm lifted roof tiles and rain came through the bedroom ceiling.",
        "A fallen tree branch went through the conservatory roof in the storm.",
    ],
    "fire": [
        "A fire started in the kitchen when a pan of oil overheated and spread to the cabinets.",
        "An electrical fault in the garage started a fire that damaged the wall and stored "
        "furniture.",
    ],
    "water_damage": [
        "A pipe under the bathroom sink burst and water ran through the floor into the room below.",
        "The washing machine hose split and flooded the kitchen and hallway overnight.",
    ],
    "liability": [
        "A delivery driver slipped on our icy front steps and says he injured his wrist."
    ],
    "other": ["The chest freezer failed while we were away and all the food in it spoiled."],
}
FOLLOW = [
    "Nobody was hurt.",
    "I took photographs straight away.",
    "The damage was worse than it first looked.",
    "A neighbour saw what happened.",
    "I reported it as soon as I could.",
    "",
]


MOTOR_PARTS = [
    "Rear bumper cover",
    "Front wing panel",
    "Headlamp assembly",
    "Tail lamp assembly",
    "Door mirror glass",
    "Windscreen (OEM)",
    "Paint and materials",
    "Body labour",
    "Wheel alignment",
    "Parking sensor",
    "Bonnet repair",
    "Towing and storage",
]
HOME_PARTS = [
    "Replace kitchen base units",
    "Plaster and skim ceiling",
    "Carpet, living room",
    "Laminate flooring",
    "Redecorate hallway",
    "Dehumidifier hire (7 days)",
    "Replacement laptop",
    "Sofa (2-seater)",
    "Roof tiles and labour",
    "Glazing, two panes",
    "Electrical inspection",
    "Skip hire",
]


EU_TEXT = {
    "NL": {
        "title": "Schadeaangifteformulier Woonhuis en Inboedel",
        "labels": [
            "Polisnummer",
            "Schadenummer",
            "Naam verzekeringnemer",
            "Adres",
            "Telefoon",
            "E-mail",
            "Geboortedatum",
            "Schadedatum",
            "Datum melding",
            "Plaats van de schade",
            "Oorzaak",
            "Toedracht",
            "Proces-verbaal nr.",
            "Schadeoverzicht",
            "Omschrijving",
            "Bedrag",
            "Totaal geclaimd",
            "Eigen risico",
            "Tussenpersoon",
            "Expertisedatum",
            "Ondertekend te",
            "op",
            "Looptijd polis",
        ],
        "causes": {
            "fire": "Brand",
            "water_damage": "Waterschade",
            "weather": "Storm",
            "theft": "Inbraak/diefstal",
            "vandalism": "Vandalisme",
            "liability": "Aansprakelijkheid",
            "glass": "Glasbreuk",
            "other": "Overig",
        },
        "stories": {
            "fire": "Door kortsluiting in de keuken ontstond brand; de keukenkastjes en het "
            "plafond zijn beschadigd.",
            "water_damage": "Een waterleiding in de badkamer is gesprongen en het water is door "
            "het plafond van de woonkamer gelekt.",
            "weather": "Tijdens de storm zijn dakpannen weggewaaid en is regenwater de "
            "slaapkamer binnengekomen.",
            "theft": "Er is ingebroken via de achterdeur; een laptop, sieraden en een fiets zijn "
            "gestolen.",
            "vandalism": "Onbekenden hebben de voorgevel beklad en twee ruiten ingegooid.",
            "liability": "Een bezorger is op onze gladde stoep uitgegleden en heeft zijn pols "
            "bezeerd.",
            "other": "De vriezer is defect geraakt tijdens onze vakantie en alle levensmiddelen "
            "zijn bedorven.",
            "glass": "De grote ruit van de woonkamer is gebarsten door een bal van de buren.",
        },
        "rooms": ["Keuken", "Kelder", "Badkamer", "Zolder", "Woonkamer"],
        "items": [
            "Keukenkastjes vervangen",
            "Plafond stucwerk",
            "Laminaat woonkamer",
            "Schilderwerk gang",
            "Bouwdroger (7 dagen)",
            "Laptop",
            "Bank (2-zits)",
            "Dakpannen en arbeid",
            "Dubbel glas",
        ],
    },
    "FR": {
        "title": "Déclaration de sinistre - Multirisque habitation",
        "labels": [
            "N° de contrat",
            "N° de sinistre",
            "Nom de l'assuré",
            "Adresse",
            "Téléphone",
            "Courriel",
            "Date de naissance",
            "Date du sinistre",
            "Date de déclaration",
            "Lieu du sinistre",
            "Nature du sinistre",
            "Circonstances",
            "N° de procès-verbal",
            "État des pertes",
            "Désignation",
            "Montant",
            "Montant total réclamé",
            "Franchise",
            "Intermédiaire",
            "Date d'expertise",
            "Fait à",
            "le",
            "Période de garantie",
        ],
        "causes": {
            "fire": "Incendie",
            "water_damage": "Dégât des eaux",
            "weather": "Tempête / grêle",
            "theft": "Vol",
            "vandalism": "Vandalisme",
            "liability": "Responsabilité civile",
            "glass": "Bris de glace",
            "other": "Autre",
        },
        "stories": {
            "fire": "Un court-circuit dans la cuisine a provoqué un incendie qui a endommagé les "
            "placards et le plafond.",
            "water_damage": "Une canalisation a éclaté dans la salle de bains et l'eau s'est "
            "infiltrée dans le plafond du salon.",
            "weather": "Pendant la tempête, des tuiles se sont envolées et la pluie est entrée "
            "dans la chambre.",
            "theft": "Des cambrioleurs ont forcé la porte arrière et ont volé un ordinateur "
            "portable, des bijoux et un vélo.",
            "vandalism": "Des inconnus ont tagué la façade et brisé deux vitres.",
            "liability": "Un livreur a glissé sur notre perron verglacé "
            "et s'est blessé au poignet.",
            "other": "Le congélateur est tombé en panne pendant nos vacances et toute la "
            "nourriture a été perdue.",
            "glass": "La grande baie vitrée du salon a été fissurée par un ballon.",
        },
        "rooms": ["Cuisine", "Cave", "Salle de bains", "Grenier", "Salon"],
        "items": [
            "Remplacement des placards",
            "Reprise du plafond",
            "Parquet du salon",
            "Peinture du couloir",
            "Location de déshumidificateur",
            "Ordinateur portable",
            "Canapé deux places",
            "Tuiles et main-d'oeuvre",
            "Double vitrage",
        ],
    },
}


PLUMBING = [
    ("Emergency call-out (out of hours)", 1, 95, 180),
    ("Labour, per hour", None, 45, 95),
    ("15mm copper pipe and fittings", 1, 18, 60),
    ("Isolation valve", None, 9, 25),
    ("Leak detection survey", 1, 120, 260),
    ("Drying equipment hire, per day", None, 25, 45),
    ("Replace ceiling board", 1, 80, 220),
]
