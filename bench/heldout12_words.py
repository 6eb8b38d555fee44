"""Label wordings, loss-type wordings and priced items for held-out corpus 12."""

from __future__ import annotations

from decimal import Decimal

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
_MOTOR_ITEMS = [
    "Front bumper cover - replace",
    "Rear bumper reinforcement",
    "Headlamp assembly LH",
    "Tail lamp RH",
    "Bonnet - repair and refinish",
    "Door shell front LH",
    "Paint and materials",
    "Wheel alignment",
    "Windscreen - OEM glass",
    "Body labour",
    "Paintless dent removal (roof)",
    "Mirror glass and cover",
    "Tyre 225/45 R17",
    "Diagnostic scan and calibration",
]
_HOME_ITEMS = [
    "Kitchen base cabinets (3 units)",
    "Hallway carpet and underlay",
    "Plasterboard ceiling repair",
    "Laminate flooring, lounge",
    "55in LED television",
    "Laptop computer",
    "Mattress, queen",
    "Electrical rewiring, garage",
    "Repainting two rooms",
    "Roof tiles and labour",
    "Skylight units (2)",
    "Front door lock set",
    "Drying equipment hire",
    "Bicycle",
]


def type_word(c: Case, kind: str) -> str:
    return c.rng.choice(TYPE_WORDS[kind])


def label(c: Case, field: str) -> str:
    return c.rng.choice(LABELS[field])


def items(c: Case, motor: bool, total: Decimal | None = None) -> list[dict]:
    """Three to six priced items; when `total` is given they add up to it exactly."""
    names = c.rng.sample(_MOTOR_ITEMS if motor else _HOME_ITEMS, c.rng.randrange(3, 7))
    amounts = [c.cash(60, 2400) for _ in names]
    if total is not None:
        scale = total / sum(amounts)
        amounts = [(a * scale).quantize(Decimal("0.01")) for a in amounts[:-1]]
        amounts.append(total - sum(amounts))
    return [{"description": n, "amount": f"{a:.2f}"} for n, a in zip(names, amounts, strict=True)]
