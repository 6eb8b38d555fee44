"""Stage 2: the contract's fields from words with positions.

In: DocumentText (words with boxes). Out: {field: FieldValue | None} and warnings. Candidates
come from labelled values (forms), sentences (letters, e-mails), value shapes anywhere (VIN,
vehicle) and itemised lists; the best-supported candidate per field wins. Values that fail
their checks are kept as printed, with a warning.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from core.documents.candidates import FUNCTION_WORDS, Candidate, Collector
from core.documents.chooser import choose_fields
from core.documents.clients import (
    collect_addressee,
    collect_billed_insurer,
    collect_client,
    collect_received,
)
from core.documents.dialogue import collect_dialogue, collect_questions
from core.documents.items import collect_items
from core.documents.labelled import collect_labelled
from core.documents.layout import Line, build_lines
from core.documents.lexicon import DECOY, classify_incident
from core.documents.pdf_text import DocumentText
from core.documents.prose import collect_prose
from core.documents.regions import read_context
from core.documents.rows import parts_row
from core.documents.runin import collect_runin
from core.documents.schemas import FIELD_NAMES, FieldValue
from core.documents.sections import row_set_aside
from core.documents.textmap import union_box
from core.documents.validate import VIN_PATTERN

OURS = re.compile(r"\bour\s+", re.I)
TICK = {"x", "✓", "✔", "☒", "☑", "■", "[x]", "(x)"}
BOXES = TICK | {"☐", "□", "[ ]"}


def _patterns(lines: list[Line], out: Collector) -> None:
    """Values recognisable by their shape wherever they stand (VIN, vehicle, ticked boxes)."""
    for line in lines:
        text = line.text
        words = line.words
        for i, word in enumerate(words[:-1]):
            nxt = words[i + 1]
            if word.text.lower() in TICK and 0 <= nxt.x0 - word.x1 < 4 * line.height:
                option = [w for w in words[i + 1:i + 4] if w.x0 - nxt.x0 < 90]
                boxes = [k for k, w in enumerate(option) if w.text in BOXES]
                option = option[:boxes[0]] if boxes else option  # up to the next option's box
                out.add("incident_type", " ".join(w.text for w in option), option, 0.88)
        if DECOY.search(OURS.sub("", text[:30])) or row_set_aside(line):
            continue  # another party's vehicle; "our car" is the claimant's household's
        for match in VIN_PATTERN.finditer(text.upper()):
            vin = match.group(0)
            if any(c.isalpha() for c in vin) and any(c.isdigit() for c in vin):
                out.add("vehicle_vin", vin, line.words, 0.6)
        if not parts_row(line):  # a row of part labels is read part by part
            out.add("vehicle_make_model_year", text, line.words, 0.45)


def _name_from_email(lines: list[Line], out: Collector) -> None:
    """No name label found: a name printed in the document that the e-mail address spells
    ("Amanda Fowler" beside amanda_fowler@...) is the claimant's."""
    email = out.choose("claimant_email")
    if email is None:
        return
    parts = [p for p in re.split(r"[._-]", str(email.value).split("@")[0]) if p.isalpha()]
    if len(parts) < 2:
        return
    first, last = parts[0].lower(), parts[-1].lower()
    for line in lines:
        words = line.words
        for i in range(len(words) - 1):
            window = words[i:i + 3]
            lowered = [w.text.strip(",.").lower() for w in window]
            if lowered[0] == first and last in lowered[1:]:
                span = window[: lowered.index(last, 1) + 1]
                out.add("claimant_name", " ".join(w.text.strip(",.") for w in span), span, 0.6)
                return


ROLE_DOMAIN = re.compile(r"adjust|broker|agency|agent|insur|assur|versicher|repair|garage|claims|"
                         r"bodyshop|autobody|motors|police|polizei|constab|clinic|hospital|"
                         r"surgery|plumb|restor|towing|solicitor|legal", re.I)


def _firm_mailboxes(out: Collector) -> None:
    """An e-mail at a firm's domain (an adjuster's, a broker's, a garage's) is not the
    claimant's, nor is a phone printed beside it (a signature carried over a page)."""
    near: list[tuple[int, float, float]] = []
    for cand in out.found.get("claimant_email", []):
        domain = str(cand.value).partition("@")[2].rsplit(".", 1)[0]
        if ROLE_DOMAIN.search(domain) and cand.words:
            cand.score *= 0.35
            cand.flags.add("firm")
            word = cand.words[0]
            near.append((word.page, word.top, word.bottom - word.top))
    for cand in out.found.get("claimant_phone", []):
        if cand.words and any(cand.words[0].page == page and abs(cand.words[0].top - top) <
                              2.5 * height for page, top, height in near):
            cand.score *= 0.35
            cand.flags.add("firm")


def _vendor_bill(out: Collector, amount: Candidate | None) -> bool:
    """The rows add up to a bill's own total on a page of their own, while the claim states
    another amount on another page ("Total amount claimed 10168.99 (repairs, towing and
    rental)" over a tow invoice of $287.00): the bill is one cost among the claim's."""
    if out.items_total is None or amount is None or amount.warning or not amount.words:
        return False
    total, page = out.items_total
    return amount.words[0].page != page and Decimal(str(amount.value)) != total


def _field_value(cand: Candidate) -> FieldValue:
    page, bbox = union_box(cand.words)
    return FieldValue(value=cand.value, confidence=round(cand.score, 3), page=page, bbox=bbox,
                      raw=" ".join(cand.raw.split()))


def collect_candidates(document: DocumentText) -> tuple[Collector, list[dict[str, str]]]:
    """Every stage's candidates for every field, each marked with the stage that proposed it,
    and the itemised lines."""
    lines = build_lines(document)
    out = Collector(read_context(lines))
    with out.proposing("labelled"):
        collect_labelled(lines, out)
        collect_dialogue(lines, out)
        collect_questions(lines, out)
        collect_runin(lines, out)
        collect_addressee(lines, out)
        collect_received(lines, out)
        collect_billed_insurer(lines, out)
    with out.proposing("prose"):
        collect_prose(lines, out)
    with out.proposing("patterns"):
        _patterns(lines, out)
    with out.proposing("items"):
        items = collect_items(lines, out)
    with out.proposing("labelled"):
        collect_client(lines, out)
    _firm_mailboxes(out)
    with out.proposing("derived"):
        surname, forename = out.choose("_surname"), out.choose("_forename")
        if surname and forename:  # separate boxes for the surname and the forenames
            out.add("claimant_name", f"{forename.raw} {surname.raw}",
                    forename.words + surname.words, min(surname.score, forename.score))
        company = out.choose("_company")
        if company:  # the policyholder is a company: its name is the claimant's
            out.found["claimant_name"].append(dataclasses.replace(
                company, field="claimant_name", stage="derived", flags=set()))
        if not out.found.get("claimant_name"):
            _name_from_email(lines, out)
    return out, items


def _ocr_email_digits(email: Candidate, name: str) -> None:
    """OCR reads a 1 as an l where a mailbox's digits follow the claimant's name:
    'jane.doel0@...' for Jane Doe's 'jane.doe10@...'. Only where the name ends right before
    the l, so a name that ends in l ('paul10') keeps it."""
    if not email.words or any(w.line < 0 for w in email.words) or not isinstance(
            email.value, str):
        return
    local, at, domain = email.value.partition("@")
    found = re.fullmatch(r"(.*[a-z])l(\d+)", local)
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", name) if len(t) > 1]
    if not at or not found or not tokens:
        return
    letters = re.sub(r"[^a-z]", "", found.group(1))
    if any(letters.endswith(t) for t in tokens) and not any(
            (letters + "l").endswith(t) for t in tokens):
        email.value = f"{found.group(1)}1{found.group(2)}@{domain}"


def extract_fields(document: DocumentText) -> tuple[dict[str, FieldValue | None], list[str]]:
    """Every contract field (None where the document does not state it) and the warnings."""
    out, items = collect_candidates(document)
    fields: dict[str, FieldValue | None] = dict.fromkeys(FIELD_NAMES)
    warnings: list[str] = []
    chosen = choose_fields(out, document)
    if "claimant_email" in chosen and "claimant_name" in chosen:
        _ocr_email_digits(chosen["claimant_email"], str(chosen["claimant_name"].value))
    for name, cand in chosen.items():
        fields[name] = _field_value(cand)
        if cand.warning:
            warnings.append(f"{name}: {cand.warning}")

    desc = fields["incident_description"]
    story = " ".join(filter(None, [str(desc.value) if desc else "", out.loss_sentence]))
    if fields["incident_type"] is None and story:
        # a loss told in sentences that names no cause of the contract's list is of the kind
        # "other" (a row of a table read as the description tells of no loss)
        told = desc is not None and sum(1 for w in str(desc.value).split()
                                        if w in FUNCTION_WORDS) >= 3
        found = classify_incident(story) or (("other", 0.0) if told else None)
        if found:
            fields["incident_type"] = FieldValue(
                found[0], round(0.5 + 0.3 * found[1], 3), desc.page if desc else None,
                desc.bbox if desc else None)
    amount = chosen.get("claimed_amount")
    currency = getattr(amount, "raw_currency", None) or out.ctx.currency or (
        "USD" if amount is not None else None)
    amount_field = fields["claimed_amount"]
    if currency and amount is not None and amount_field is not None:
        fields["currency"] = FieldValue(currency, 0.9 if getattr(amount, "raw_currency", None)
                                        else 0.6, amount_field.page, amount_field.bbox)
    if items and _vendor_bill(out, amount):
        items = []  # a tow or repair bill attached behind a claim for more: evidence, not its rows
    if items:
        fields["line_items"] = FieldValue(items, 0.8)
        if amount is not None and amount.warning is None:
            summed = sum(Decimal(i["amount"]) for i in items)
            if summed != Decimal(str(amount.value)):
                warnings.append(f"line_items: they add up to {summed:.2f}, not the claimed "
                                f"{amount.value}")
    else:
        fields["line_items"] = FieldValue([], 0.5)
    loss, reported = fields["date_of_loss"], fields["date_reported"]
    if loss and reported and str(loss.value) > str(reported.value) and not any(
            w.startswith(("date_of_loss", "date_reported")) for w in warnings):
        warnings.append("date_of_loss: it is after the date reported")
    return fields, warnings
