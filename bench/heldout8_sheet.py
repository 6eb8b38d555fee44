"""Held-out corpus 8: a landscape spreadsheet export, abbreviated keys beside their values."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout8_case import Case, make_items, set_items
from bench.heldout8_draw import cell_fit, day_text, name_as, new_pdf, vehicle_phrase, when
from bench.heldout8_kit import money

SHEET_KEYS = {
    "claim": "CLM#",
    "policy": "POL#",
    "name": "CLMT",
    "phone": "CLMT_PH",
    "email": "CLMT_EML",
    "address": "CLMT_ADDR",
    "loss": "DOL",
    "reported": "DT_RPTD",
    "type": "LOSS_CD",
    "where": "LOSS_LOC",
    "police": "PD_RPT#",
    "vehicle": "VEH_YMM",
    "vin": "VIN",
    "amount": "AMT_CLMD",
    "currency": "CCY",
}


def draw_sheet(case: Case) -> bytes:
    """A landscape spreadsheet export: numbered rows of key | value cells, abbreviated keys."""
    t, rng = case.truth, case.rng
    pdf = new_pdf(case.loc, rng.choice(["sans", "narrow"]), landscape=True)
    pdf.set_margins(28, 30, 28)
    items = make_items(case) if rng.random() < 0.5 else []
    if items:
        set_items(case, items, sum((a for _, a in items), Decimal("0")))
    pdf.add_page()
    cell_fit(
        pdf,
        pdf.epw,
        16,
        f"claims_export_{case.insurer.org.split()[0].lower()}.xlsx - Sheet1",
        9,
        "B",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pairs = [
        ("claim", t["claim_number"] or ""),
        ("policy", t["policy_number"]),
        ("name", name_as(case).upper()),
        ("phone", case.claimant.phone),
        ("email", t["claimant_email"] or ""),
        ("address", t["claimant_address"]),
        ("loss", when(case, "date_of_loss", rng.choice([0, 2]))),
        ("reported", when(case, "date_reported", rng.choice([0, 2]))),
        ("type", t["incident_type"].upper()),
        ("where", t["incident_location"]),
        ("police", t["police_report_number"] or ""),
        ("vehicle", vehicle_phrase(case) if t["vehicle_vin"] else ""),
        ("vin", t["vehicle_vin"] or ""),
        ("amount", money(Decimal(t["claimed_amount"]), case.loc, 2)),
        ("currency", t["currency"]),
    ]
    pairs = [(SHEET_KEYS[k], v) for k, v in pairs]
    pairs += [
        ("DED", money(case.deductible, case.loc, 2)),
        ("RSV_AMT", money(case.estimate, case.loc, 2)),
        ("POL_EFF", day_text(case, case.policy_start)),
        ("POL_EXP", day_text(case, case.policy_end)),
        ("AGT_NM", case.agent.name),
        ("AGT_PH", case.agent.phone),
        ("ADJ_NM", case.insurer.name),
        ("ADJ_EML", case.insurer.email),
        ("ADJ_PH", case.insurer.phone),
        ("WIT_NM", case.witness.name),
        ("WIT_PH", case.witness.phone),
        ("INSP_DT", day_text(case, case.inspection)),
    ]
    if t["vehicle_vin"]:
        pairs += [
            ("TP_NM", case.other_driver.name),
            ("TP_VIN", case.other_vin),
            ("TP_POL#", case.other_policy),
        ]
    cols = 3
    num_w = 22
    pair_w = (pdf.epw - num_w) / cols
    key_w = 62
    pdf.set_draw_color(170, 170, 170)
    pdf.set_fill_color(230, 230, 230)
    cell_fit(pdf, num_w, 14, "", 8, border=1, fill=True)
    for n in range(cols * 2):
        cell_fit(
            pdf,
            key_w if n % 2 == 0 else pair_w - key_w,
            14,
            "ABCDEF"[n],
            8,
            "B",
            border=1,
            fill=True,
            align="C",
        )
    pdf.ln(14)
    for r in range(0, len(pairs), cols):
        cell_fit(pdf, num_w, 18, str(r // cols + 1), 7.5, border=1, fill=True, align="C")
        for key, value in pairs[r : r + cols]:
            cell_fit(pdf, key_w, 18, key, 7.5, "B", border=1)
            cell_fit(pdf, pair_w - key_w, 18, value, 8.5, border=1)
        pdf.ln(18)
    row = len(pairs) // cols + 2
    cell_fit(pdf, num_w, 18, str(row), 7.5, border=1, fill=True, align="C")
    cell_fit(pdf, key_w, 18, "NARR", 7.5, "B", border=1)
    pdf.set_font("body", "", 8.5)
    pdf.multi_cell(
        pdf.epw - num_w - key_w,
        18,
        t["incident_description"],
        border=1,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if items:
        pdf.ln(10)
        cell_fit(pdf, 300, 14, "Sheet2: LINE_ITEMS", 9, "B", new_x="LMARGIN", new_y="NEXT")
        for desc, amount in [*items, ("TOTAL", Decimal(t["claimed_amount"]))]:
            cell_fit(pdf, 220, 16, desc, 8.5, "B" if desc == "TOTAL" else "", border=1)
            cell_fit(
                pdf,
                90,
                16,
                money(amount, case.loc, 2),
                8.5,
                border=1,
                align="R",
                new_x="LMARGIN",
                new_y="NEXT",
            )
    return bytes(pdf.output())
