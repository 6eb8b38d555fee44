"""Claims told in sentences: a claim letter, an e-mail printout, and a three-part claim packet."""

from __future__ import annotations

import random
import re
from datetime import date
from typing import Any

from fpdf.enums import XPos, YPos

from core.documents.samples.decoys import Decoys
from core.documents.samples.formats import MONTHS, DocStyle
from core.documents.samples.forms import (
    claim_sections,
    draw_inline_entries,
    start_form,
    vehicle_text,
)
from core.documents.samples.pdfkit import (
    GRAY,
    ClaimPDF,
    draw_band,
    draw_items_table,
    draw_signature,
    draw_signature_line,
    draw_title,
    line_height,
)
from core.documents.samples.truth import scenario_of

Block = tuple[str, str]  # ("p", paragraph) or ("items", "")
PROVIDER_SENTENCES = {
    "motor": "The car is at {p}, {a} (tel. {t}), who prepared the repair estimate.",
    "home": "{p} of {a} (tel. {t}) has inspected the damage and quoted for the work.",
    "health": "I was treated at {p}, {a} (tel. {t}).",
    "travel": "The trip was booked through {p}, {a} (tel. {t}).",
}


def address_lines(address: str) -> list[str]:
    """A one-line address as the lines of an envelope ("Boston, MA 02110" stays together)."""
    parts = address.split(", ")
    if len(parts) > 2 and re.fullmatch(r"[A-Z]{2} \d{5}", parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]
    return parts


def story(record: dict[str, Any], style: DocStyle, decoys: Decoys,
          rng: random.Random) -> list[Block]:
    """What happened, in the claimant's words, with every field of the record that exists."""
    when, where = style.date(record["date_of_loss"]), record["incident_location"]
    scenario = scenario_of(record)
    event = scenario.event
    blocks: list[Block] = [("p", rng.choice((
        f"On {when} {event} at {where}.",
        f"I am writing to report that {event} on {when} at {where}.",
        f"I wish to make a claim because {event} on {when}, at {where}.",
    ))), ("p", record["incident_description"])]
    facts = []
    if record.get("vehicle_make_model_year"):
        vin = f", VIN {record['vehicle_vin']}" if record.get("vehicle_vin") else ""
        facts.append(f"The vehicle is my {vehicle_text(record, rng)}{vin}.")
    if record.get("police_report_number"):
        facts.append(rng.choice((
            f"The police report number is {record['police_report_number']}.",
            f"I reported it to the police (report no. {record['police_report_number']}).",
        )))
    facts.append(f"{decoys.witness} saw what happened and can be reached on "
                 f"{style.phone(decoys.witness_phone)}.")
    facts.append(PROVIDER_SENTENCES[scenario.product_type].format(
        p=decoys.provider, a=decoys.provider_address, t=style.phone(decoys.provider_phone)))
    blocks.append(("p", " ".join(facts)))
    amount = style.amount(record["claimed_amount"])
    if record.get("line_items"):
        blocks += [("p", f"I am claiming {amount} in total, made up as follows:"), ("items", "")]
    else:
        blocks.append(("p", f"I estimate my total loss at {amount}."))
    return blocks


def draw_blocks(pdf: ClaimPDF, blocks: list[Block], record: dict[str, Any], size: float,
                gap: float) -> None:
    h = line_height(size)
    for kind, text in blocks:
        pdf.use(size)
        if kind == "p":
            pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            for item in record["line_items"]:
                pdf.set_x(pdf.l_margin + 8)
                pdf.cell(pdf.epw * 0.55, h, f"- {item['description']}")
                pdf.cell(pdf.epw * 0.25, h, pdf.doc_style.amount(item["amount"]), align="R",
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)


def render_letter(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                  rng: random.Random) -> ClaimPDF:
    """A claimant's letter: sender block, insurer's address, Re: line, the story in prose."""
    pdf = ClaimPDF(style, decoys, title="Claim letter", family=rng.choice(("Times", "Helvetica")),
                   letterhead=False)
    pdf.page_numbers = False
    pdf.add_page()
    size = style.font_size + 1
    h = line_height(size)
    align = rng.choice(("L", "R"))
    pdf.use(size)
    sender = [record["claimant_name"], *address_lines(record["claimant_address"])]
    if rng.random() < 0.5:
        sender.append(f"Tel. {style.phone(record['claimant_phone'])}")
    for text in sender:
        pdf.cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(h)
    pdf.cell(0, h, style.date(record["date_reported"]), align=align, new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(h)
    insurer = decoys.insurer
    for text in ("Claims Department", insurer.name, *address_lines(insurer.address)):
        pdf.cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(h)
    pdf.use(size, "B")
    claim_label = rng.choice(("Claim No.", "Claim number", "Claim"))
    policy_label = rng.choice(("Policy No.", "Policy number", "Policy"))
    pdf.multi_cell(0, h, f"Re: {claim_label} {record['claim_number']}, {policy_label} "
                         f"{record['policy_number']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.use(size)
    pdf.cell(0, h, f"Your reference: {decoys.file_ref}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(h * 0.6)
    blocks: list[Block] = [("p", rng.choice(("Dear Sir or Madam,", "Dear Claims Team,")))]
    blocks += story(record, style, decoys, rng)
    blocks.append(("p", f"My agent, {decoys.agent} of {decoys.agency} "
                        f"({style.phone(decoys.agent_phone)}), is aware of this claim. I also "
                        f"left a message on your claims line ({style.phone(decoys.insurer_phone)})."
                        f" Please contact me on {style.phone(record['claimant_phone'])} or at "
                        f"{record['claimant_email']} if you need anything else."))
    blocks.append(("p", rng.choice(("Yours faithfully,", "Yours sincerely,", "Kind regards,"))))
    draw_blocks(pdf, blocks, record, size, gap=h * 0.45)
    draw_signature(pdf, pdf.l_margin + 2, pdf.get_y() + 9, 40, rng)
    pdf.set_y(pdf.get_y() + 11)
    pdf.cell(0, h, record["claimant_name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*GRAY)
    pdf.use(size - 2)
    pdf.cell(0, h, f"cc: {decoys.agent}, {decoys.agency}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    return pdf


def email_date(iso: str, style: DocStyle, rng: random.Random) -> str:
    """The Date header of a mail client: Outlook, RFC 5322 or Gmail style."""
    d = date.fromisoformat(iso)
    hour, minute = rng.randint(7, 21), rng.randint(0, 59)
    weekday = d.strftime("%A")
    month = MONTHS[d.month - 1]
    clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    zone = {"US": "-0500", "GB": "+0000", "DE": "+0100"}[style.country.code]
    options = [f"{weekday[:3]}, {d.day} {month[:3]} {d.year} {hour:02d}:{minute:02d}:"
               f"{rng.randint(0, 59):02d} {zone}"]
    if style.country.code == "US":
        options += [f"{weekday}, {month} {d.day}, {d.year} {clock}",
                    f"{weekday[:3]}, {month[:3]} {d.day}, {d.year} at {clock}"]
    else:
        options.append(f"{d.day} {month} {d.year} {hour:02d}:{minute:02d}")
    return rng.choice(options)


def render_email(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                 rng: random.Random) -> ClaimPDF:
    """A printed e-mail from the claimant to the claims mailbox, agent in copy."""
    pdf = ClaimPDF(style, decoys, title="E-mail printout", letterhead=False)
    insurer = decoys.insurer
    pdf.footer_text = f"https://mail.{insurer.email_domain}/owa/#viewmodel=ReadMessageItem"
    pdf.add_page()
    size = style.font_size + 0.3
    h = line_height(size) + 0.6
    pdf.use(9, "B")
    pdf.cell(pdf.epw / 2, 6, f"{insurer.name} - Claims mailbox")
    pdf.use(8)
    pdf.cell(pdf.epw / 2, 6, f"claims@{insurer.email_domain}", align="R", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_draw_color(*GRAY)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    subject = rng.choice((
        f"New claim - {style.type_words} - policy {record['policy_number']}",
        f"Claim {record['claim_number']}: {style.type_words.lower()}",
        f"Re: your claim {record['claim_number']}",
    ))
    pdf.ln(3)
    pdf.use(13, "B")
    pdf.multi_cell(0, 7, subject, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    headers = [("From:", f"{record['claimant_name']} <{record['claimant_email']}>"),
               ("To:", f"Claims <claims@{insurer.email_domain}>"),
               ("Cc:", f"{decoys.agent} <{decoys.agent_email}>"),
               (rng.choice(("Date:", "Sent:")), email_date(record["date_reported"], style, rng)),
               ("Subject:", subject)]
    for label, value in headers:
        pdf.use(size, "B")
        pdf.cell(18, h, label)
        pdf.use(size)
        pdf.multi_cell(0, h, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(4)
    blocks: list[Block] = [("p", rng.choice(("Hello,", "Hi,", "Good morning,"))), (
        "p", f"I called your claims line on {style.phone(decoys.insurer_phone)} this morning "
             "and was given a claim number. For your records:\n"
             # on lines of their own, so that a number with spaces never wraps
             f"Claim number: {record['claim_number']}\nPolicy number: {record['policy_number']}")]
    blocks += story(record, style, decoys, rng)
    blocks.append(("p", f"My agent {decoys.agent} ({style.phone(decoys.agent_phone)}) is in "
                        f"copy; the agency's file number is {decoys.file_ref}. Thanks for your "
                        "help."))
    draw_blocks(pdf, blocks, record, size, gap=h * 0.5)
    pdf.use(size)
    for text in (rng.choice(("Best regards,", "Thanks,", "Regards,")), record["claimant_name"],
                 style.phone(record["claimant_phone"]), record["claimant_address"]):
        pdf.cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(h)
    pdf.set_text_color(*GRAY)
    pdf.multi_cell(0, pdf.use(size - 2, "I"), (
        f"Received by the {insurer.name} claims mailbox, {insurer.address}. Claims line "
        f"{style.phone(decoys.insurer_phone)}. This printout is part of the claim file."),
        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    return pdf


def draw_invoice(pdf: ClaimPDF, record: dict[str, Any], size: float,
                 rng: random.Random) -> None:
    """The repairer's invoice: its own letterhead, bill-to, the items and the total due."""
    style, decoys = pdf.doc_style, pdf.decoys
    top = pdf.get_y()
    pdf.use(16, "B", "Courier")
    pdf.cell(pdf.epw * 0.6, 8, decoys.provider, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.use(size - 1, "", "Courier")
    for text in (decoys.provider_address, f"Tel. {style.phone(decoys.provider_phone)}",
                 f"Tax ID {decoys.tax_id}"):
        pdf.cell(pdf.epw * 0.6, line_height(size), text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin + pdf.epw * 0.6, top)
    pdf.use(20, "B")
    pdf.cell(pdf.epw * 0.4, 9, "INVOICE", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.use(size)
    for text in (f"Invoice No. {decoys.invoice_number}", f"Date: {style.date(decoys.invoice_date)}",
                 f"Insurance claim: {record['claim_number']}"):
        pdf.set_x(pdf.l_margin + pdf.epw * 0.4)
        pdf.cell(pdf.epw * 0.6, line_height(size), text, align="R", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.use(size, "B")
    pdf.cell(0, line_height(size), "Bill to:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.use(size)
    for text in (style.name(record["claimant_name"]), record["claimant_address"]):
        pdf.cell(0, line_height(size), text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if record.get("vehicle_vin"):
        pdf.cell(0, line_height(size), f"Vehicle: {vehicle_text(record, rng)}   "
                                       f"VIN: {record['vehicle_vin']}",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    draw_items_table(pdf, record["line_items"], record["claimed_amount"], size,
                     heading="Description of work", total_label="TOTAL DUE")
    pdf.ln(6)
    pdf.set_text_color(*GRAY)
    pdf.multi_cell(0, line_height(size - 1), "Payment due within 30 days. Please quote the invoice "
                   "number with your payment. Thank you for your business.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def render_packet(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                  rng: random.Random) -> ClaimPDF:
    """Cover form, claimant's statement, and (when there are line items) the repair invoice."""
    pdf = start_form(record, style, decoys, rng)
    size = style.font_size
    narrative = ("incident_location", "incident_description", "police_report_number")
    for number, (heading, entries) in enumerate(claim_sections(record, style, decoys, rng), 1):
        cover = [e for e in entries if e.key not in narrative]
        if cover:
            draw_band(pdf, f"{number}. {heading}", size)
            draw_inline_entries(pdf, cover, size)
    pdf.ln(3)
    enclosed = "claimant's statement (page 2)"
    if record.get("line_items"):
        enclosed += ", repair invoice (page 3)"
    pdf.use(size, "I")
    pdf.multi_cell(0, line_height(size), f"Enclosed: {enclosed}.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)

    pdf.add_page()
    draw_title(pdf, "Claimant's Statement", f"{style.label('claim_number')} "
                                            f"{record['claim_number']}")
    blocks = story(record, style, decoys, rng)
    draw_blocks(pdf, [b for b in blocks if b[0] == "p"][:-1], record, size + 0.5,
                gap=line_height(size) * 0.5)
    draw_signature_line(pdf, "Signed by the claimant", "Date",
                        style.date(record["date_reported"]), rng, size)

    if record.get("line_items"):
        pdf.letterhead = False
        pdf.add_page()
        pdf.footer_text = f"{decoys.provider}  -  {decoys.invoice_number}"
        draw_invoice(pdf, record, size, rng)
    return pdf
