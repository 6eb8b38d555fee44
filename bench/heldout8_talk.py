"""Held-out corpus 8, the conversational layouts: a numbered questionnaire, call-centre notes."""

from __future__ import annotations

from bench.heldout8_case import Case
from bench.heldout8_draw import (
    claimed,
    day_text,
    letterhead,
    name_as,
    new_pdf,
    para,
    treatment,
    vehicle_phrase,
    when,
)
from bench.heldout8_kit import money


def draw_questionnaire(case: Case) -> bytes:
    """Numbered questions, each answered on the next line, some in whole sentences."""
    t, rng = case.truth, case.rng
    pdf = new_pdf(case.loc, rng.choice(["serif", "sans"]))
    pdf.add_page()
    letterhead(
        pdf,
        case,
        rng.choice(["Claim Questionnaire", "Loss Questionnaire - please answer every question"]),
    )
    if t["claim_number"]:
        para(
            pdf,
            f"Our reference: {t['claim_number']}    Policy period: "
            f"{day_text(case, case.policy_start)} to "
            f"{day_text(case, case.policy_end)}",
            9,
        )
    else:
        para(
            pdf,
            f"Policy period: {day_text(case, case.policy_start)} to "
            f"{day_text(case, case.policy_end)}",
            9,
        )
    pdf.ln(4)
    qs = [
        (
            "What is your policy number?",
            rng.choice(
                [
                    t["policy_number"],
                    f"It is {t['policy_number']}; it renewed "
                    f"on {day_text(case, case.policy_start)}.",
                ]
            ),
        ),
        ("Your full name (as shown on the policy)", name_as(case)),
        ("Your date of birth", day_text(case, case.birth)),
        (
            "Best telephone number to reach you",
            rng.choice(
                [
                    case.claimant.phone,
                    f"{case.claimant.phone} (mobile). If I don't answer, my partner "
                    f"{case.witness.name} is on {case.witness.phone}.",
                ]
            ),
        ),
        ("E-mail address", t["claimant_email"] or "I would rather be contacted by post."),
        ("Your home address", t["claimant_address"]),
        (
            "When did the loss happen?",
            rng.choice(
                [
                    when(case, "date_of_loss"),
                    f"It happened on {when(case, 'date_of_loss')}, in the "
                    f"{rng.choice(['morning', 'evening', 'afternoon'])}.",
                ]
            ),
        ),
        ("Where did it happen?", t["incident_location"]),
        ("Describe in your own words what happened", t["incident_description"]),
        (
            "Were the police told? If so, give the report or crime reference number",
            f"Yes, the reference is {t['police_report_number']}."
            if t["police_report_number"]
            else "No, they were not involved.",
        ),
    ]
    if t["vehicle_vin"]:
        qs.append(
            (
                "Your vehicle: year, make, model and VIN",
                f"{vehicle_phrase(case)}, VIN {t['vehicle_vin']}, registration {case.plate}.",
            )
        )
        qs.append(
            (
                "Details of any other vehicle or driver involved",
                f"{case.other_driver.name}, {case.other_car}, insured under policy "
                f"{case.other_policy}, "
                f"phone {case.other_driver.phone}."
                if t["incident_type"] in ("collision", "injury")
                else "None.",
            )
        )
    qs += [
        (
            "Were there any witnesses?",
            f"{case.witness.name}, {case.witness.phone}, {case.witness.address}.",
        ),
        ("Was anyone hurt? Who treated them?", treatment(case)),
        (
            "Has anyone inspected the damage or given you a quote?",
            f"{case.repairer.org} looked at it on {day_text(case, case.inspection)} and quoted "
            f"{money(case.estimate, case.loc)}; I am getting a second quote.",
        ),
        (
            "What is the total amount you are claiming?",
            rng.choice(
                [
                    claimed(case),
                    f"I am claiming {claimed(case)} in total, after the "
                    f"{money(case.deductible, case.loc)} excess is taken off."
                    if rng.random() < 0.5
                    else f"{claimed(case)} altogether.",
                ]
            ),
        ),
        (
            "Have you made any other claims in the last five years?",
            "; ".join(
                f"{kind.replace('_', ' ')} on {day_text(case, d)}, paid {money(a, case.loc)}"
                for _, d, kind, a in case.prior
            )
            + ".",
        ),
    ]
    for n, (q, a) in enumerate(qs, 1):
        pdf.set_x(pdf.l_margin)
        para(pdf, f"{n}. {q}", 9.5, "B")
        pdf.set_x(pdf.l_margin + 16)
        para(pdf, a, 10, w=pdf.epw - 16)
        pdf.ln(3)
    pdf.ln(6)
    para(
        pdf,
        "I declare that the answers above are true and complete to the best of my knowledge.",
        8.5,
    )
    pdf.ln(10)
    para(pdf, f"Signed: {case.claimant.name}        Date: {when(case, 'date_reported')}", 10)
    return bytes(pdf.output())


def _stamp(second: int) -> str:
    return f"[{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}]"


def draw_call_notes(case: Case) -> bytes:
    """A contact-centre first notice of loss call log: timestamped Agent / Caller lines."""
    t, rng, c = case.truth, case.rng, case.claimant
    pdf = new_pdf(case.loc, "mono")
    pdf.add_page()
    para(pdf, f"{case.insurer.org.upper()} - CONTACT CENTRE CALL LOG", 11, "B")
    para(
        pdf,
        f"Call ID: {rng.randrange(10**9, 10**10)}   Queue: FNOL-{case.kind.upper()}   "
        f"Call date: {when(case, 'date_reported')}   Agent: {case.agent.name} (ext. "
        f"{rng.randrange(2000, 2999)})",
        8,
    )
    pdf.ln(6)
    agent = case.agent.name.split()[0]
    lines = [
        (
            "Agent",
            f"Thanks for calling {case.insurer.org}, you're through to {agent}. Can I start with "
            "your policy number?",
        ),
        ("Caller", f"Yeah, sure, it's {t['policy_number']}."),
        ("Agent", "And who am I speaking with today?"),
        ("Caller", f"This is {c.name}, I'm the policyholder."),
        ("Agent", "What's the best number to call you back on?"),
        (
            "Caller",
            rng.choice(
                [
                    f"My mobile, that's {c.phone}.",
                    f"Um, {c.phone}. Or my brother {case.witness.name} on {case.witness.phone} "
                    "if I'm at work.",
                ]
            ),
        ),
        ("Agent", "And an e-mail address for the paperwork?"),
        (
            "Caller",
            f"It's {t['claimant_email']}."
            if t["claimant_email"]
            else "I don't really use e-mail, post is fine.",
        ),
        ("Agent", "Can I confirm your address?"),
        ("Caller", f"{t['claimant_address']}."),
        ("Agent", "When did this happen?"),
        (
            "Caller",
            f"That was {when(case, 'date_of_loss')}, "
            f"{rng.choice(['late evening', 'around lunchtime', 'first thing'])}.",
        ),
        ("Agent", "And where?"),
        ("Caller", f"{t['incident_location']}."),
        ("Agent", "OK. In your own words, what happened?"),
        ("Caller", t["incident_description"]),
    ]
    if t["police_report_number"]:
        lines += [
            ("Agent", "Did the police attend or give you a reference?"),
            ("Caller", f"They gave me a number, hang on... {t['police_report_number']}."),
        ]
    if t["vehicle_vin"]:
        lines += [
            ("Agent", "Which vehicle is it?"),
            (
                "Caller",
                f"It's the {vehicle_phrase(case)}. The VIN off the logbook is {t['vehicle_vin']}.",
            ),
        ]
        if t["incident_type"] in ("collision", "injury"):
            lines += [
                (
                    "Caller",
                    f"The other driver was {case.other_driver.name}, in a {case.other_car}. "
                    f"Their policy is {case.other_policy}, phone {case.other_driver.phone}.",
                )
            ]
    if t["incident_type"] in ("injury", "liability"):
        lines += [("Agent", "Has a doctor seen anyone?"), ("Caller", treatment(case))]
    lines += [
        ("Agent", "Have you had any quotes?"),
        (
            "Caller",
            f"{case.repairer.org} said about {money(case.estimate, case.loc)}, but that was a "
            "rough one.",
        ),
        ("Agent", "What are you claiming for in total?"),
        ("Caller", f"All in, {claimed(case)}."),
        (
            "Agent",
            f"Thanks. Your excess on this policy is {money(case.deductible, case.loc)}. "
            f"An assessor can visit on {day_text(case, case.inspection)}.",
        ),
    ]
    if t["claim_number"]:
        lines.append(("Agent", f"I've opened the claim, your claim number is {t['claim_number']}."))
    lines.append(
        (
            "Agent",
            f"If you need us, the claims line is {case.insurer.phone}. Anything else? ... Bye now.",
        )
    )
    second = rng.randrange(8 * 3600, 19 * 3600)
    for who, text in lines:
        second += rng.randrange(4, 50)
        pdf.set_x(pdf.l_margin)
        pdf.set_font("body", "", 8.5)
        pdf.cell(118, 12, f"{_stamp(second)} {who}:")
        pdf.multi_cell(pdf.epw - 118, 12, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    para(pdf, f"-- call ended; wrap-up code FNOL-OPEN; notes by {case.agent.name} --", 8)
    return bytes(pdf.output())
