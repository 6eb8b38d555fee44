"""Held-out corpus 8: a web-chat transcript with the insurer's assistant."""

from __future__ import annotations

from bench.heldout8_case import Case
from bench.heldout8_draw import claimed, day_text, new_pdf, para, vehicle_phrase, when
from bench.heldout8_kit import money


def draw_chat(case: Case) -> bytes:
    """A web-chat transcript with the insurer's assistant, and the insurer's footer."""
    t, rng, c = case.truth, case.rng, case.claimant
    pdf = new_pdf(case.loc, rng.choice(["sans", "dejavu"]))
    bot = rng.choice(["Ava", "Max", "Claimbot", "Sky"])
    ins = case.insurer
    footer = (
        f"{ins.org} - {ins.address} - {ins.phone} - help@{ins.email.split('@')[1]} - "
        f"Transcript printed {day_text(case, case.inspection)}"
    )

    def page_footer() -> None:
        pdf.set_y(-40)
        pdf.set_text_color(110, 110, 110)
        para(pdf, footer, 6.5, align="C")
        pdf.set_text_color(0, 0, 0)

    pdf.footer = page_footer  # fpdf2 calls it as each page closes
    pdf.set_auto_page_break(True, 60)
    pdf.add_page()
    para(pdf, f"Chat transcript - {ins.org} online assistant", 12, "B")
    para(
        pdf,
        f"Session {rng.randrange(16**8):08x} - started {when(case, 'date_reported')} "
        f"{rng.randrange(8, 22):02d}:{rng.randrange(60):02d}",
        8,
    )
    pdf.ln(6)
    msgs = [
        (bot, f"Hi, I'm {bot}! I can help you report a claim. What's your policy number?"),
        ("You", t["policy_number"]),
        (bot, "Thanks! And your full name?"),
        ("You", c.name.lower() if rng.random() < 0.3 else c.name),
        (bot, "What's the best phone number for you?"),
        ("You", c.phone),
        (bot, "And your e-mail?"),
        ("You", t["claimant_email"] or "rather not say"),
        (bot, "Please type your home address on one line."),
        ("You", t["claimant_address"]),
        (bot, "When did it happen?"),
        ("You", when(case, "date_of_loss")),
        (bot, "Where did it happen?"),
        ("You", t["incident_location"]),
        (bot, "Tell me briefly what happened."),
        ("You", t["incident_description"]),
    ]
    if t["police_report_number"]:
        msgs += [
            (bot, "Do you have a police reference?"),
            ("You", f"yes {t['police_report_number']}"),
        ]
    if t["vehicle_vin"]:
        msgs += [
            (bot, "Which vehicle? Please include the VIN."),
            ("You", f"{vehicle_phrase(case)} vin {t['vehicle_vin']}"),
        ]
    msgs += [
        (bot, "Did anyone see what happened?"),
        ("You", f"my neighbour {case.witness.name} did, {case.witness.phone}"),
        (bot, "How much are you claiming in total?"),
        ("You", claimed(case)),
        (
            bot,
            f"Noted. Your policy excess is {money(case.deductible, case.loc)} and your cover "
            f"runs until {day_text(case, case.policy_end)}.",
        ),
    ]
    if t["claim_number"]:
        msgs.append(
            (
                bot,
                f"Done! Your claim reference is {t['claim_number']}. A handler will call you "
                f"from {ins.phone}.",
            )
        )
    else:
        msgs.append(
            (bot, f"Thanks. A handler will call you from {ins.phone} with your claim reference.")
        )
    for who, text in msgs:
        shade = (232, 240, 252) if who == bot else (245, 245, 245)
        pdf.set_fill_color(*shade)
        indent = 0 if who == bot else 90
        pdf.set_x(pdf.l_margin + indent)
        para(pdf, who, 7, "B", w=pdf.epw - 90)
        pdf.set_x(pdf.l_margin + indent)
        pdf.set_font("body", "", 9.5)
        pdf.multi_cell(pdf.epw - 90, 13, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())
