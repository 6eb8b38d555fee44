"""Layout 5 of held-out corpus 12: a cover form, the repairer's itemised invoice, a photo log."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout12_case import Claim
from bench.heldout12_draw import Pen
from bench.heldout12_forms import GREY, page_size
from bench.heldout12_words import items, label, type_word

_TAX = {
    "US": ("Sales tax", "7.25"),
    "CA": ("HST", "13"),
    "UK": ("VAT", "20"),
    "AU": ("GST", "10"),
    "EU": ("VAT", "21"),
}


def _cover(pen: Pen, k: Claim, total: str, photos: bool) -> None:
    c, t = k.c, k.t
    x0 = pen.l_margin
    pen.put(x0, 40, "CLAIM SUBMISSION PACKET", 14, "B")
    pen.put(x0, 60, f"To: {k.insurer.org}, {k.insurer.address}", 9)
    pen.put(x0, 40, "Page 1 - cover sheet", 8, w=pen.inner, align="R")
    pen.frame(x0, 80, pen.inner, 1, fill=(0, 0, 0))
    rows = [
        (label(c, "claimant_name"), k.printed_name()),
        (label(c, "policy_number"), t["policy_number"]),
        (label(c, "claim_number"), t["claim_number"] or "not yet issued"),
        (label(c, "claimant_address"), t["claimant_address"]),
        (label(c, "claimant_phone"), k.phone or "-"),
        (label(c, "claimant_email"), t["claimant_email"] or "-"),
        (label(c, "vehicle_make_model_year"), k.car_text()),
        ("VIN", k.car[3]),
        (label(c, "date_of_loss"), k.d(k.loss)),
        (label(c, "incident_location"), t["incident_location"]),
        (label(c, "incident_type"), type_word(c, t["incident_type"])),
        (label(c, "police_report_number"), t["police_report_number"] or "n/a"),
        ("Repairer", f"{k.shop.org}, {k.shop.phone}"),
        (c.rng.choice(["Total claimed (see invoice)", "Amount claimed incl. tax"]), total),
        (c.rng.choice(["Deductible", "Policy excess"]), k.m(k.deductible)),
    ]
    y = 92
    for name, value in rows:
        pen.put(x0, y, name, 9, "B", w=150)
        pen.put(x0 + 155, y, value, 10)
        pen.rule(y + 13, x0 + 155, None, 0.2)
        y += 18
    pen.put(x0, y + 6, label(c, "incident_description"), 9, "B")
    y = pen.para(x0, y + 20, pen.inner, t["incident_description"], 10) + 14
    pen.put(
        x0,
        y,
        f"Signed {t['claimant_name']}    {label(c, 'date_reported')}: {k.d(k.reported)}",
        10,
        "I",
    )
    pen.put(x0, y + 16, "Enclosed: repair invoice" + (", photo log" if photos else ""), 8)


def _invoice(pen: Pen, k: Claim, rows: list[dict], tax_name: str, tax: Decimal, rate: str) -> None:
    c, t = k.c, k.t
    x0 = pen.l_margin
    pen.add_page()
    pen.put(x0, 40, k.shop.org.upper(), 16, "B")
    pen.put(x0, 60, f"{k.shop.address} · {k.shop.phone} · {k.shop.email}", 8)
    pen.put(x0, 72, f"Tax reg. {c.code('99 999 999 999')}", 8)
    pen.put(x0, 40, "TAX INVOICE", 16, "B", w=pen.inner, align="R")
    invoice_day = k.loss + timedelta(days=c.rng.randrange(1, 20))
    meta = [
        ("Invoice no.", k.shop.ref),
        ("Invoice date", k.d(invoice_day)),
        ("Due", k.d(invoice_day + timedelta(days=14))),
    ]
    for i, (name, value) in enumerate(meta):
        pen.put(x0 + pen.inner - 200, 62 + 12 * i, f"{name}: {value}", 9, w=200, align="R")
    y = 110
    pen.put(x0, y, "Bill to:", 9, "B")
    pen.put(x0, y + 13, t["claimant_name"], 10)
    pen.put(x0, y + 26, t["claimant_address"], 9)
    pen.put(x0 + pen.inner / 2, y, "Vehicle:", 9, "B")
    make, model, year, vin = k.car
    pen.put(x0 + pen.inner / 2, y + 13, f"{year} {make} {model} · Reg {k.plate}", 9)
    pen.put(
        x0 + pen.inner / 2,
        y + 26,
        f"VIN {vin} · Odometer {c.rng.randrange(8, 190)},{c.rng.randrange(100, 999)}",
        9,
    )
    y += 52
    widths = [pen.inner * f for f in (0.16, 0.56, 0.28)]
    pen.frame(x0, y, pen.inner, 16, fill=GREY)
    for head, w, dx in zip(
        ["Part / op", "Description", f"Amount ({c.currency})"],
        widths,
        (0, widths[0], widths[0] + widths[1]),
        strict=True,
    ):
        pen.put(x0 + dx + 3, y + 2.5, head, 9, "B", w=w - 6, align="R" if dx > widths[0] else "L")
    y += 16
    for row in rows:
        cells = [c.code("AA9999"), row["description"], c.number(Decimal(row["amount"]))]
        for text, w, dx, align in zip(
            cells, widths, (0, widths[0], widths[0] + widths[1]), "LLR", strict=True
        ):
            pen.put(x0 + dx + 3, y + 3, text, 9.5, w=w - 6, align=align)
        pen.rule(y + 17, width=0.2)
        y += 18
    subtotal = sum((Decimal(r["amount"]) for r in rows), Decimal(0))
    totals = [
        ("Subtotal", k.m(subtotal)),
        (f"{tax_name} {rate}%", k.m(tax)),
        ("TOTAL", k.m(subtotal + tax)),
    ]
    for i, (name, value) in enumerate(totals):
        style = "B" if name == "TOTAL" else ""
        pen.put(x0 + widths[0], y + 8 + 15 * i, name, 10, style, w=widths[1] - 6, align="R")
        pen.put(
            x0 + widths[0] + widths[1] + 3,
            y + 8 + 15 * i,
            value,
            10,
            style,
            w=widths[2] - 6,
            align="R",
        )
    pen.put(
        x0,
        y + 70,
        f"Payment within 14 days. Warranty 12 months on parts and labour. "
        f"Technician: {k.shop.name}.",
        8.5,
        "I",
    )


def _photos(pen: Pen, k: Claim) -> None:
    c = k.c
    pen.add_page()
    x0 = pen.l_margin
    pen.put(x0, 40, "PHOTO LOG", 14, "B")
    pen.put(x0, 58, f"Taken by {k.adjuster.name}, {k.adjuster.org}, {k.adjuster.phone}", 9)
    w, h = (pen.inner - 14) / 2, 150
    for i in range(4):
        x, y = x0 + (i % 2) * (w + 14), 84 + (i // 2) * (h + 40)
        pen.frame(x, y, w, h, fill=(180 + 10 * i, 185, 190))
        pen.set_fill_color(120, 120, 130)
        pen.rect(x + w * 0.2, y + h * 0.45, w * 0.6, h * 0.3, style="F")
        day = k.d(k.reported + timedelta(days=c.rng.randrange(1, 5)))
        pen.put(
            x,
            y + h + 4,
            f"Photo {i + 1}: {c.rng.choice(['front', 'rear', 'side', 'detail'])} view, {day}",
            8.5,
            w=w,
        )


def packet(k: Claim) -> Pen:
    """Cover form + repairer's invoice (line items, subtotal, tax, total = the amount claimed)."""
    c, t = k.c, k.t
    rows = items(c, t["incident_type"], True)
    tax_name, rate = _TAX[c.locale]
    subtotal = sum((Decimal(r["amount"]) for r in rows), Decimal(0))
    tax = (subtotal * Decimal(rate) / 100).quantize(Decimal("0.01"))
    k.amount = subtotal + tax
    t["claimed_amount"], t["line_items"] = f"{k.amount:.2f}", rows
    pen = Pen(page_size(k), c.rng.choice(["sans", "cond", "serif"]))
    photos = c.rng.random() < 0.6
    _cover(pen, k, k.m(k.amount), photos)
    _invoice(pen, k, rows, tax_name, tax, rate)
    if photos:
        _photos(pen, k)
    return pen
