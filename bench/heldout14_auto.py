"""Held-out corpus 14 auto packet: the insurer's first-notice summary, then the tow company's
invoice and the rental agreement, each with its own names, numbers, dates and amounts."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout14_draw import Ink
from bench.heldout14_kit import Page


def ruled_rows(pdf: Page, y: float, rows: list[tuple[str, str]], key_width: float = 52) -> float:
    """A two-column ruled table of (key, value); values wrap; return the y below it."""
    x, width = 18.0, 179.9
    for key, value in rows:
        pdf.use(9)
        pdf.set_xy(x + key_width + 1.5, y + 1.2)
        pdf.multi_cell(width - key_width - 3, 4.4, value)
        bottom = max(pdf.get_y(), y + 5.6) + 1.2
        pdf.set_line_width(0.2)
        pdf.rect(x, y, key_width, bottom - y)
        pdf.rect(x + key_width, y, width - key_width, bottom - y)
        pdf.text_at(x + 1.5, y + 1.4, key, size=8.5, style="B")
        y = bottom
    return y


def draw_auto_tow_rental(case, rng) -> bytes:
    """FNOL summary page, tow invoice page, rental agreement excerpt page."""
    ink, you = Ink(case), case.claimant
    tow, rental = case.others["vendor"], case.others["witness"]
    make, model, year = case.vehicle
    tow.email = f"dispatch@{tow.last}towing.com".lower()
    pdf = Page(rng.choice(("sans", "dejavu")))
    pdf.add_page()
    pdf.text_at(18, 12, case.insurer, size=13, style="B")
    pdf.text_at(18, 19, "FIRST NOTICE OF LOSS - AUTOMOBILE  (summary)", size=10)
    pdf.text_at(150, 12, f"NAIC {case.naic}", size=8)
    rental_days = rng.randint(4, 12)
    rate = Decimal(rng.randint(3900, 6900)) / 100
    rows = [("Claim number", case.claim), ("Policy number", case.policy),
            ("Reported on", f"{ink.day(case.reported)} by insured (phone)"),
            ("Insured / claimant", you.name), ("Mailing address", you.address),
            ("Phone", ink.phone(you.phone)), ("E-mail", you.email),
            ("Date of loss", f"{ink.day(case.loss)}, approx. {case.loss_hour}"),
            ("Loss location", case.location),
            ("Cause of loss", "Collision" if case.kind == "collision" else "Weather / flood"),
            ("Loss description", case.description),
            ("Vehicle", f"{year} {make} {model}"), ("VIN", case.vin),
            ("Police report no.", case.police or "None reported"),
            ("Towed by", f"{tow.last} Towing & Recovery"),
            ("Rental", f"{rental.last} Car Rental, {rental_days} days"),
            ("Deductible (collision)", ink.cash(case.deductible)),
            ("Total amount claimed", f"{ink.cash(case.amount)} (repairs, towing and rental)")]
    y = ruled_rows(pdf, 28, rows)
    pdf.text_at(18, y + 4, f"Summary generated {ink.day(case.reported, 'us')} from the "
                "telephone report. Attachments: tow invoice, rental agreement.", size=8)

    pdf.add_page()
    pdf.text_at(18, 12, f"{tow.last.upper()} TOWING & RECOVERY", size=15, style="B")
    pdf.text_at(18, 19, f"{tow.street}, {tow.city_line}  -  24 hr dispatch "
                f"{ink.phone(tow.phone, 'paren')}  -  {tow.email}", size=8)
    invoice_day = case.loss + timedelta(days=rng.randint(0, 2))
    pdf.text_at(150, 28, f"INVOICE # T-{rng.randint(10000, 99999)}", size=10, style="B")
    pdf.text_at(150, 34, f"Date: {ink.day(invoice_day, 'us')}", size=9)
    pdf.text_at(18, 28, f"Bill to: {you.name}", size=9)
    pdf.text_at(18, 33, f"Pick-up: {case.location}", size=9)
    shop = rng.choice(("Precision Collision Center", "Metro Auto Body"))
    pdf.text_at(18, 38, f"Drop-off: {shop}", size=9)
    pdf.text_at(18, 43, f"Vehicle: {year} {make} {model}   Driver: {tow.first} "
                f"(truck {rng.randint(3, 19)})", size=9)
    miles = rng.randint(4, 30)
    hookup = Decimal("125.00")
    storage_days = rng.randint(1, 4)
    storage = Decimal("45.00")
    mileage = Decimal(miles) * Decimal("4.50")
    tow_total = hookup + mileage + storage * storage_days
    lines = [("Hook-up / base rate", hookup), (f"Mileage, {miles} mi loaded", mileage),
             (f"Storage, {storage_days} day(s) @ 45.00", storage * storage_days)]
    y = ruled_rows(pdf, 52, [(name, ink.cash(amount, "symbol")) for name, amount in lines]
                   + [("INVOICE TOTAL", ink.cash(tow_total, "symbol"))], key_width=110)
    pdf.text_at(18, y + 4, "Terms: due on receipt. Storage accrues daily after 24 hours.", size=8)

    pdf.add_page()
    pdf.text_at(18, 12, f"{rental.last} Car Rental - Rental Agreement (excerpt)", size=13,
                style="B")
    pdf.text_at(18, 19, f"Branch: {rental.street}, {rental.city_line}  Tel "
                f"{ink.phone(rental.phone, 'intl')}", size=8)
    out = case.loss + timedelta(days=rng.randint(1, 3))
    y = ruled_rows(pdf, 28, [
        ("Agreement no.", f"RA{rng.randint(1000000, 9999999)}"), ("Renter", you.name),
        ("Billing", f"Insurance replacement - {case.insurer}, claim {case.claim}"),
        ("Vehicle class", rng.choice(("Compact (C)", "Midsize (D)", "Standard SUV (S)"))),
        ("Date out", ink.day(out, "us")),
        ("Date due", ink.day(out + timedelta(days=rental_days), "us")),
        ("Daily rate", ink.cash(rate, "symbol")),
        ("Estimated charges", ink.cash(rate * rental_days, "symbol")),
        ("Renter's license", f"{you.region} {rng.randint(10000000, 99999999)}")], key_width=60)
    pdf.text_at(18, y + 4, "Renter agrees to the terms on the reverse side. Excerpt printed for "
                "the insurer.", size=8)
    return pdf.to_bytes()
