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

from core.documents.candidates import Candidate, Collector
from core.documents.chooser import choose_fields
from core.documents.clients import collect_addressee, collect_client, collect_received
from core.documents.dialogue import collect_dialogue, collect_questions
from core.documents.items import collect_items
from core.documents.labelled import collect_labelled
from core.documents.layout import Line, build_lines
from core.documents.lexicon import DECOY, classify_incident
from core.documents.pdf_text import DocumentText
from core.documents.prose import collect_prose
from core.documents.regions import read_context
from core.documents.runin import collect_runin
from core.documents.schemas import FIELD_NAMES, FieldValue
from core.documents.sections import row_set_aside
from core.documents.textmap import union_box
from core.documents.validate import VIN_PATTERN

OURS = re.compile(r"\bour\s+", re.I)
TICK = {"x", "✓", "✔", "☒", "☑", "■", "[x]", "(x)"}


def _patterns(lines: list[Line], out: Collector) -> None:
    """Values recognisable by their shape wherever they stand (VIN, vehicle, ticked boxes)."""
    for line in lines:
        text = line.text
        words = line.words
        for i, word in enumerate(words[:-1]):
            nxt = words[i + 1]
            if word.text.lower() in TICK and 0 <= nxt.x0 - word.x1 < 4 * line.height:
                option = [w for w in words[i + 1:i + 4] if w.x0 - nxt.x0 < 90]
                out.add("incident_type", " ".join(w.text for w in option), option, 0.88)
        if DECOY.search(OURS.sub("", text[:30])) or row_set_aside(line):
            continue  # another party's vehicle; "our car" is the claimant's household's
        for match in VIN_PATTERN.finditer(text.upper()):
            vin = match.group(0)
            if any(c.isalpha() for c in vin) and any(c.isdigit() for c in vin):
                out.add("vehicle_vin", vin, line.words, 0.6)
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


def extract_fields(document: DocumentText) -> tuple[dict[str, FieldValue | None], list[str]]:
    """Every contract field (None where the document does not state it) and the warnings."""
    out, items = collect_candidates(document)
    fields: dict[str, FieldValue | None] = dict.fromkeys(FIELD_NAMES)
    warnings: list[str] = []
    chosen = choose_fields(out, document)
    for name, cand in chosen.items():
        fields[name] = _field_value(cand)
        if cand.warning:
            warnings.append(f"{name}: {cand.warning}")

    desc = fields["incident_description"]
    story = " ".join(filter(None, [str(desc.value) if desc else "", out.loss_sentence]))
    if fields["incident_type"] is None and story:
        found = classify_incident(story)
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
