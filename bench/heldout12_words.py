"""Label wordings, loss-type wordings and priced items for held-out corpus 12."""

from __future__ import annotations

from bench.heldout12_kit import Case

LABELS = {
    "claim_number": [
        "Claim number",
        "Claim No.",
        "Claim ref.",
        "Our claim reference",
        "File number",
    ],
    "policy_number": [
        "Policy number",
        "Policy No.",
        "Policy #",
        "Certificate number",
        "Insured's policy",
    ],
    "claimant_name": ["Name of insured", "Policyholder", "Claimant", "Insured name", "Full name"],
    "claimant_email": ["E-mail", "Email address", "Contact e-mail"],
    "claimant_phone": ["Telephone", "Phone (day)", "Contact number", "Mobile"],
    "claimant_address": ["Address", "Postal address", "Home address", "Insured's address"],
    "date_of_loss": ["Date of loss", "Date of incident", "Loss date", "Date of occurrence"],
    "date_reported": ["Date reported", "Date notified", "Date of this report", "Date signed"],
    "incident_type": ["Type of loss", "Nature of loss", "Cause of loss", "Peril"],
    "incident_location": [
        "Location of loss",
        "Where did it happen",
        "Place of incident",
        "Loss location",
    ],
    "incident_description": [
        "Description of loss",
        "What happened?",
        "Circumstances",
        "Details of incident",
    ],
    "police_report_number": [
        "Police report no.",
        "Police reference",
        "Crime reference",
        "Incident report #",
    ],
    "vehicle_vin": ["VIN", "Vehicle identification no.", "Chassis / VIN"],
    "vehicle_make_model_year": ["Vehicle", "Make / model / year", "Insured vehicle"],
    "claimed_amount": ["Amount claimed", "Total claimed", "Total amount of claim", "Claim amount"],
}
TYPE_WORDS = {
    "collision": ["Collision", "Road traffic accident", "Vehicle collision"],
    "theft": ["Theft", "Theft / burglary", "Stolen property"],
    "glass": ["Glass breakage", "Windscreen / glass", "Glass"],
    "vandalism": ["Vandalism", "Malicious damage", "Vandalism / malicious act"],
    "weather": ["Storm / hail", "Weather damage", "Storm, hail or wind"],
    "fire": ["Fire", "Fire / smoke", "Fire damage"],
    "water_damage": ["Escape of water", "Water damage", "Burst pipe / water leak"],
    "other": ["Accidental damage", "Other accidental loss", "Other"],
    "injury": ["Bodily injury", "Personal injury"],
    "liability": ["Public liability", "Third-party liability"],
}
CHECKS = {
    "collision": "Collision",
    "theft": "Theft",
    "vandalism": "Vandalism",
    "glass": "Glass",
    "fire": "Fire",
    "weather": "Hail / storm",
    "other": "Other",
}
_BODY = "Body labour|Paint and materials|Front bumper cover - replace|Rear bumper reinforcement|\
Headlamp assembly LH|Tail lamp RH|Bonnet - repair and refinish|Door shell front LH|Wheel alignment|\
Mirror glass and cover|Diagnostic scan and calibration|Paintless dent removal (roof)"
_ITEMS = {
    "collision": _BODY,
    "vandalism": _BODY + "|Tyre 225/45 R17|Valve stems and balancing",
    "weather": "Paintless dent removal (roof)|Paintless dent removal (bonnet)|Sunroof glass|"
    "Paint and materials|Body labour|Roof lining|Rear screen",
    "glass": "Windscreen - OEM glass|Urethane kit and primer|Rain sensor gel pad|Moulding strip|"
    "Camera calibration (ADAS)|Glass labour|Mobile service call",
    "water_damage": "Kitchen base cabinets (3 units)|Hallway carpet and underlay|"
    "Plasterboard ceiling repair|Laminate flooring, lounge|Drying equipment hire|"
    "Repainting two rooms|Plumber's call-out and pipe repair",
    "fire": "Kitchen base cabinets (3 units)|Extractor hood|Smoke cleaning, whole house|"
    "Repainting two rooms|Electrical rewiring, garage|Power tools and workbench",
    "home_weather": "Roof tiles and labour|Skylight units (2)|Guttering, rear|"
    "Plasterboard ceiling repair|Bedroom carpet|Mattress, queen",
    "theft": "55in LED television|Laptop computer|Jewellery (ring and necklace)|Bicycle|"
    "Games console|Back door lock and frame repair",
    "home_vandalism": "Window glass, front (2 panes)|Graffiti removal|Front door lock set|"
    "Fence panels (4)|Garage door repaint",
}


def items(c: Case, kind: str, motor: bool) -> list[dict]:
    """Three to six priced items that fit a loss of `kind`."""
    key = kind if motor or f"home_{kind}" not in _ITEMS else f"home_{kind}"
    pool = _ITEMS[key].split("|")
    names = c.rng.sample(pool, c.rng.randrange(3, min(6, len(pool)) + 1))
    return [{"description": n, "amount": f"{c.cash(60, 2400):.2f}"} for n in names]


def type_word(c: Case, kind: str) -> str:
    return c.rng.choice(TYPE_WORDS[kind])


def label(c: Case, field: str) -> str:
    return c.rng.choice(LABELS[field])
