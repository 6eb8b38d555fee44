"""Held-out corpus 8: a Dutch or French home claim form, and a tenant's water-damage packet
(letter plus plumber's invoice)."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout8_case import Case, set_items
from bench.heldout8_draw import banner, cell_fit, claimed, day_text, new_pdf, para, when
from bench.heldout8_kit import money
from bench.heldout8_text import EU_TEXT, PLUMBING


def draw_eu_home(case: Case) -> bytes:
    """A Dutch or French home claim: local labels (English in small print, sometimes), EU money."""
    t, rng, loc = case.truth, case.rng, case.loc
    text = EU_TEXT[loc.code]
    english = rng.random() < 0.5
    gloss = dict(
        zip(
            text["labels"],
            [
                "Policy no.",
                "Claim no.",
                "Policyholder",
                "Address",
                "Phone",
                "E-mail",
                "Date of birth",
                "Date of loss",
                "Date reported",
                "Place of loss",
                "Cause",
                "Circumstances",
                "Police report no.",
                "Schedule of loss",
                "Description",
                "Amount",
                "Total claimed",
                "Excess",
                "Intermediary",
                "Survey date",
                "Signed at",
                "on",
                "Period of cover",
            ],
            strict=True,
        )
    )
    t["incident_description"] = text["stories"][t["incident_type"]]
    room = rng.choice([None, *text["rooms"]])
    t["incident_location"] = f"{room}, {t['claimant_address']}" if room else t["claimant_address"]
    items = [
        (d, Decimal(rng.randrange(5000, 250000)) / 100)
        for d in rng.sample(text["items"], rng.randrange(2, 5))
    ]
    set_items(case, items, sum((a for _, a in items), Decimal("0")))
    pdf = new_pdf(loc, rng.choice(["dejavu", "sans", "serif"]))
    pdf.add_page()
    para(pdf, case.insurer.org, 14, "B")
    para(pdf, f"{case.insurer.address} - {case.insurer.phone}", 7.5)
    pdf.ln(6)
    para(pdf, text["title"], 13, "B")
    pdf.ln(4)
    label_w = 160

    def row(label: str, value: str) -> None:
        if english:  # the English gloss stands on its own line above the Dutch/French label
            pdf.set_text_color(120, 120, 120)
            cell_fit(pdf, label_w, 8, gloss[label], 6, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + label_w, y)
        para(pdf, value or "-", 10, h=14, w=pdf.epw - label_w)
        bottom = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        cell_fit(pdf, label_w, 14, label, 9, "B")
        pdf.set_y(bottom + 4)

    lab = text["labels"]
    row(lab[0], t["policy_number"])
    row(lab[22], f"{day_text(case, case.policy_start)} - {day_text(case, case.policy_end)}")
    row(lab[1], t["claim_number"] or "")
    row(lab[2], case.claimant.name)
    row(lab[3], t["claimant_address"])
    row(lab[4], case.claimant.phone)
    row(lab[5], t["claimant_email"] or "")
    row(lab[6], day_text(case, case.birth))
    row(lab[7], when(case, "date_of_loss"))
    row(lab[8], when(case, "date_reported"))
    row(lab[9], t["incident_location"])
    row(
        lab[10],
        "   ".join(
            ("[X] " if k == t["incident_type"] else "[  ] ") + v for k, v in text["causes"].items()
        ),
    )
    row(lab[11], t["incident_description"])
    row(lab[12], t["police_report_number"] or "")
    pdf.ln(4)
    para(pdf, lab[13], 11, "B")
    pdf.set_fill_color(225, 225, 225)
    cell_fit(pdf, pdf.epw * 0.7, 15, lab[14], 9, "B", border=1, fill=True)
    cell_fit(
        pdf,
        pdf.epw * 0.3,
        15,
        lab[15],
        9,
        "B",
        border=1,
        fill=True,
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for desc, amount in items:
        cell_fit(pdf, pdf.epw * 0.7, 15, desc, 9, border=1)
        cell_fit(
            pdf,
            pdf.epw * 0.3,
            15,
            money(amount, loc, 2),
            9,
            border=1,
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.ln(6)
    row(lab[16], claimed(case))
    row(lab[17], money(case.deductible, loc))
    row(lab[18], f"{case.agent.name}, {case.agent.org}, {case.agent.phone}")
    row(lab[19], day_text(case, case.inspection))
    pdf.ln(8)
    city = t["claimant_address"].split(",")[-1].strip()
    para(
        pdf,
        f"{lab[20]} {city}, {lab[21]} {when(case, 'date_reported')}      {case.claimant.name}",
        10,
    )
    return bytes(pdf.output())


TAXES = {
    "UK": ("VAT 20%", Decimal("0.20")),
    "AU": ("GST 10%", Decimal("0.10")),
    "US": ("Sales tax 7.25%", Decimal("0.0725")),
}


def draw_rental_packet(case: Case) -> bytes:
    """Page 1 the tenant's letter to the contents insurer; page 2 the plumber's itemised invoice."""
    t, rng, loc, c = case.truth, case.rng, case.loc, case.claimant
    landlord, plumber, agent = case.other_driver, case.repairer, case.agent
    rows = []
    for desc, qty, low, high in rng.sample(PLUMBING, rng.randrange(3, 6)):
        q = qty or rng.choice([2, 3, 4, 5])
        unit = Decimal(rng.randrange(low * 100, high * 100)) / 100
        rows.append((desc, q, unit, unit * q))
    subtotal = sum((r[3] for r in rows), Decimal("0"))
    tax_label, rate = TAXES[loc.code]
    tax = (subtotal * rate).quantize(Decimal("0.01"))
    set_items(case, [(r[0], r[3]) for r in rows], subtotal + tax)

    pdf = new_pdf(loc, rng.choice(["serif", "sans"]))
    pdf.add_page()
    para(pdf, c.name, 11, "B")
    para(pdf, t["claimant_address"], 9.5)
    para(
        pdf, f"Tel. {c.phone}" + (f"  -  {t['claimant_email']}" if t["claimant_email"] else ""), 9.5
    )
    pdf.ln(12)
    para(pdf, when(case, "date_reported", rng.choice([1, 3])), 10)
    pdf.ln(8)
    para(pdf, f"Claims Department\n{case.insurer.org}\n{case.insurer.address}", 10)
    pdf.ln(10)
    ref = f" - claim {t['claim_number']}" if t["claim_number"] else ""
    para(pdf, f"Re: Tenant's contents policy {t['policy_number']}{ref}", 10.5, "B")
    pdf.ln(6)
    body = [
        "Dear Sir or Madam,",
        f"I rent the property at {t['claimant_address']} from {landlord.name} "
        f"({landlord.phone}), whose own "
        f"buildings insurance is policy {case.other_policy}. I am writing to claim under my "
        "contents policy "
        f"for water damage that happened on {when(case, 'date_of_loss')}.",
        t["incident_description"],
        f"The leak was at: {t['incident_location']}.",
        f"I called out {plumber.org}, who came the same night and repaired the leak. Their "
        "invoice, dated "
        f"{day_text(case, case.invoice_date)}, is enclosed. The letting agent, {agent.name} of "
        f"{agent.org} "
        f"({agent.email}), inspected the flat on {day_text(case, case.inspection)}.",
        f"I am claiming the invoice total of {claimed(case, 0)}. I understand my excess is "
        f"{money(case.deductible, loc)}. You can reach me on {c.phone} at any time.",
        "Yours faithfully,",
    ]
    for p in body:
        para(pdf, p, 10.5, h=15)
        pdf.ln(5)
    pdf.ln(14)
    para(pdf, c.name, 10.5)
    para(pdf, "Enc. invoice", 8)

    pdf.add_page()
    banner(
        pdf,
        f"{plumber.org} - Plumbing & Heating",
        f"{plumber.address}  |  {plumber.phone}  |  {plumber.email}",
        (30, 90, 160),
    )
    pdf.ln(10)
    para(pdf, f"INVOICE  No. INV-{rng.randrange(10**5):05d}", 13, "B")
    para(
        pdf,
        f"Invoice date: {day_text(case, case.invoice_date)}    Job date: "
        f"{when(case, 'date_of_loss')}",
        9.5,
    )
    para(pdf, f"Bill to: {c.name}, {t['claimant_address']}", 9.5)
    para(pdf, "Job: emergency repair, escape of water", 9.5)
    pdf.ln(8)
    widths = (0.52, 0.12, 0.18, 0.18)
    pdf.set_fill_color(220, 228, 240)
    for w, h in zip(widths, ("Description", "Qty", "Unit price", "Amount"), strict=True):
        cell_fit(
            pdf,
            pdf.epw * w,
            16,
            h,
            9,
            "B",
            border=1,
            fill=True,
            align="L" if h == "Description" else "R",
        )
    pdf.ln(16)
    for desc, q, unit, amount in rows:
        cells = (desc, str(q), money(unit, loc, 2), money(amount, loc, 2))
        for w, value in zip(widths, cells, strict=True):
            cell_fit(pdf, pdf.epw * w, 16, value, 9, border=1, align="L" if value == desc else "R")
        pdf.ln(16)
    for label, value in (("Subtotal", subtotal), (tax_label, tax), ("Total due", subtotal + tax)):
        pdf.set_x(pdf.l_margin + pdf.epw * 0.52)
        cell_fit(pdf, pdf.epw * 0.30, 16, label, 9, "B" if label == "Total due" else "", align="R")
        cell_fit(
            pdf,
            pdf.epw * 0.18,
            16,
            money(value, loc),
            9,
            "B" if label == "Total due" else "",
            border=1,
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.ln(14)
    para(
        pdf,
        rng.choice(
            [
                "Paid with thanks - card.",
                f"Payment due within 14 days of {day_text(case, case.invoice_date)}.",
            ]
        ),
        9,
    )
    para(pdf, f"Account {rng.randrange(10**7, 10**8)}  Sort/BSB {rng.randrange(100000, 999999)}", 8)
    return bytes(pdf.output())
