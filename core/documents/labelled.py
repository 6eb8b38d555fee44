"""Stage 2b: values that stand next to a label: right of it, in the next cell, or below it.

Works on any form layout (inline, boxed cells with the label above, dotted leaders) because it
only looks at where words stand, never at a particular insurer's template. A label's meaning
comes from its section too; where its value may stand is in places.py, values told over
several rows are joined in rows.py.
"""

from __future__ import annotations

import re

from core.documents.candidates import YEAR, Collector
from core.documents.layout import Cell, Line
from core.documents.lexicon import DECOY, NUMBERING, match_label, names_other_party
from core.documents.pdf_text import Word
from core.documents.places import (
    NEXT_LABEL,
    caption_row,
    cut_at_next_label,
    labels_above,
    value_places,
    words_after,
    words_below,
    wrapped_prose,
)
from core.documents.references import insurer_reference, reference_in_text
from core.documents.rows import joined, town_boxes, town_rows, vehicle_parts, vehicle_year
from core.documents.sections import (
    CLAIMANT_FIELDS,
    OWN_HEADING,
    OWN_ROLE,
    POLICE_PAGE,
    SECTION_OTHER,
    SEPARATORS,
    column_span,
    company_label,
    cover_sheet_pages,
    heads_new_table,
    in_firm_block,
    is_heading,
    is_label_cell,
    own_column,
    party_columns,
    row_set_aside,
    section_heading,
)
from core.documents.validate import DATE_PATTERN

# A page titled as a shop's bill or receipt: its "Date:" is the day it billed or was paid.
BILL_TITLE = re.compile(r"^(?:payment\s+|cash\s+|tax\s+)?(?:receipt|invoice|estimate|quotation)$",
                        re.I)
BASE = {"same": 0.9, "right": 0.86, "below": 0.8, "above": 0.55, "caption": 0.86}
GENERIC = {"name", "date", "location", "place", "scene", "site", "venue", "car", "total",
           "file", "file number", "file no",
           "address", "vehicle", "residence",
           "signed", "signed by", "signature", "received", "received on", "remarks", "comments",
           "owner", "client", "caller", "member"}


def _own_column(line: Line, ci: int, other_columns: list[tuple[float, float]]) -> Cell | None:
    """Under headings of two parties' columns, the value of a row label in the claimant's
    column when the cell next to the label stands in the other party's."""
    def theirs(cell: Cell) -> bool:
        return any(x0 <= cell.x0 < x1 for x0, x1 in other_columns)
    if not other_columns or ci + 1 >= len(line.cells) or not theirs(line.cells[ci + 1]):
        return None
    return next((c for c in line.cells[ci + 2:] if not theirs(c)), None)


def _decoy_value(lines: list[Line], line: Line, ci: int, out: Collector) -> None:
    """Remember what stands by another party's label (an agent's phone, a witness's name)."""
    cell = line.cells[ci]
    text = cell.text
    head, sep, rest = text.partition(":")
    if sep and rest.strip():
        out.add_decoy(rest)
    elif ci + 1 < len(line.cells):
        out.add_decoy(line.cells[ci + 1].text)
    else:
        below = words_below(lines, line, cell, cell.x1 + 200, False)
        out.add_decoy(" ".join(w.text for w in below))


def _own_block(lines: list[Line], out: Collector) -> None:
    """Under the claimant's column heading in a row of parties' headings, the unlabelled lines
    of a name-and-address block: the person's name, then the address lines until a label."""
    for line in lines:
        span = own_column(line)
        if span is None:
            continue
        block: list[list[Word]] = []
        previous = line
        for nxt in lines[line.index + 1: line.index + 6]:
            column = [c for c in nxt.cells if span[0] <= c.x0 < span[1]]
            if nxt.page != line.page or nxt.top - previous.bottom > 1.6 * nxt.height or \
                    not column or is_label_cell(column[0]) or ":" in column[0].text:
                break
            block.append(column[0].words)
            previous = nxt
        if len(block) >= 2 and out.add("claimant_name", " ".join(w.text for w in block[0]),
                                       block[0], BASE["below"]):
            address = [w for words in block[1:4] for w in words]
            out.add("claimant_address", joined(address, "claimant_address"), address,
                    BASE["below"])


CONTACTS = ("claimant_phone", "claimant_email")
VEHICLE_FIELDS = ("vehicle_vin", "vehicle_make_model_year")
SIGNED = re.compile(r"^(?:signed|signature)\b")


def _also(name: str, label: str, text: str, words: list[Word], score: float,
          out: Collector) -> bool:
    """What a value holds besides its label's field: a "Contact" row's phone and e-mail both,
    the date beside a signature ("Signed | Ann Lee, 2026-01-14": the claim's date). True when
    it found one."""
    if name in CONTACTS and label.startswith("contact"):
        return bool(out.add(CONTACTS[1 - CONTACTS.index(name)], text, words, score * 0.95))
    date = DATE_PATTERN.search(text) if name == "claimant_name" and SIGNED.match(label) else None
    return bool(date and out.add("date_reported", date.group(0), words, score * 0.75))


def _signed_date(line: Line, ci: int, end: int, out: Collector) -> None:
    """The date beside a signature that falls in another party's section ("Witness ...
    Signed (driver A): A. Lee on 4.5.2026"): the name may be anybody's, but a form is signed
    when it is handed in, so its date still dates the report, less surely."""
    text = " ".join([line.cells[ci].text[end:]] + [c.text for c in line.cells[ci + 1:]])
    date = DATE_PATTERN.search(text)
    if date:
        words = [w for c in line.cells[ci:] for w in c.words]
        out.add("date_reported", date.group(0), words, BASE["right"] * 0.5)


def _inner_labels(cell: Cell, out: Collector) -> None:
    """A label run on after another label and its value in one cell, the gap between them
    lost ("Signed Ann Lee Date notified: 4 May 2026"): its value is what follows it."""
    for inner in NEXT_LABEL.finditer(cell.text):
        start = inner.end()
        found = match_label(cell.text[start:])
        label = cell.text[start:start + found[1]].strip(SEPARATORS).lower() if found else ""
        if found is None or found[0] in ("other", "claimant_name") or label in GENERIC or \
                names_other_party(label):
            continue  # a bare "Date:" may be anybody's; only a label that says whose counts
        words = cut_at_next_label(words_after(cell, start + found[1]))
        if words:
            out.add(found[0], " ".join(w.text for w in words), words, BASE["same"] * 0.8)


def collect_labelled(lines: list[Line], out: Collector) -> None:
    """Add a candidate for every labelled value, and note the values of decoy labels.

    A label takes its meaning from its section too: a "Name" or "Phone" under a heading such
    as "Witness", "Vehicle B" or "Broker" belongs to that party, not to the claimant.
    """
    captions = sum(1 for line in lines if caption_row(lines, line))
    headers = sum(1 for line in lines if labels_above(lines, line))
    captioned_form = captions >= 3 and captions > headers
    reference = insurer_reference(lines)
    # A "Case #" is the police's unless the police's own number has a label of its own, or the
    # document never names the police: then it is the insurer's case, the claim.
    police_labelled = any(POLICE_PAGE.search(c.text) and (match_label(c.text) or ("",))[0] ==
                          "police_report_number" for line in lines for c in line.cells) or \
        not any(POLICE_PAGE.search(line.text) for line in lines)
    vehicle_parts(lines, out)
    _own_block(lines, out)
    other_section = own_section = False
    other_columns: list[tuple[float, float]] = []
    page, police_page, billing_page = 0, False, False
    covers = cover_sheet_pages(lines)
    left: dict[int, float] = {}
    for line in lines:
        left[line.page] = min(left.get(line.page, 10_000.0), line.cells[0].x0)
    for line in lines:
        if line.page != page:  # a police report's page: its dates are the police's
            police_page = any(POLICE_PAGE.search(ln.text) for ln in lines[line.index:
                                                                          line.index + 3])
            billing_page = any(BILL_TITLE.match(c.text.strip()) for ln in lines[
                line.index:line.index + 4] if ln.page == line.page for c in ln.cells)
        heading = section_heading(line) and not match_label(line.text)
        span = column_span(lines, line, left[line.page]) if heading and line.page == page \
            else None
        if span is not None:
            # a heading over one column only: it hands that column (not the page) to its party
            x0 = line.cells[0].x0
            other_columns = [r for r in other_columns if not r[0] <= x0 < r[1]]
            if SECTION_OTHER.search(line.text):
                other_columns.append(span)
            continue
        if line.page != page or (len(line.cells) == 1 and is_heading(line)):
            other_columns, page = [], line.page  # a new page or a new section
        if section_heading(line):
            own_section = bool(OWN_HEADING.match(NUMBERING.sub("", line.text.strip())))
        if heading:
            other_section = bool(SECTION_OTHER.search(line.text))
            continue
        if other_section and section_heading(line) and OWN_HEADING.match(line.text):
            other_section = False  # "Claimant" after "Joint policyholder / spouse": ours again
        other_columns = party_columns(line) or ([] if heads_new_table(
            line, lines[line.index - 1] if line.index else None, other_columns)
            else other_columns)
        for ci, cell in enumerate(line.cells):
            company = company_label(cell.text) if own_section else None
            if company:  # the policyholder is a company: "Company telephone" is its phone
                for place, words in value_places(lines, line, ci, company[1], company[0]):
                    if words and out.add(company[0], joined(words, company[0]), words,
                                         BASE[place]):
                        break
                continue
            found = match_label(cell.text)
            if found and not other_section and not any(x0 <= cell.x0 < x1
                                                       for x0, x1 in other_columns):
                _inner_labels(cell, out)  # only after a label that starts the cell
            ref = reference.match(cell.text) if reference else None
            inner = reference_in_text(reference, cell.text) if reference and not ref else None
            if inner:  # "Re: Policy No. X - your reference CL/2026/7180"
                out.add("claim_number", cell.text[inner.end():].lstrip(SEPARATORS), cell.words,
                        BASE["same"] * 0.7)
            if ref:  # the insurer's own reference: its claim number
                for place, words in value_places(lines, line, ci, ref.end(), "claim_number"):
                    if words and out.add("claim_number", joined(words, "claim_number"), words,
                                         BASE[place] * 0.7):
                        break
                continue
            if not found or found[0] == "other":
                running = len(cell.text.split()) > 8 and ":" not in cell.text[:40]
                if not running and (DECOY.match(cell.text) or found):
                    _decoy_value(lines, line, ci, out)
                continue
            name, end = found
            if wrapped_prose(cell.text, end):
                continue  # a wrapped sentence that goes on "place on 8 Jan...": prose
            numbering = NUMBERING.match(cell.text)
            label = cell.text[numbering.end() if numbering else 0:end].strip(SEPARATORS).lower()
            if names_other_party(label):
                continue
            in_other_column = any(x0 <= cell.x0 < x1 for x0, x1 in other_columns)
            # a label naming the claimant's role ("Name of insured") asks for the claimant's
            # details even right under an insurer's letterhead
            if name in CLAIMANT_FIELDS and (other_section or in_other_column or in_firm_block(
                    lines, line, line.cells[0].x0) and not OWN_ROLE.search(label)):
                _decoy_value(lines, line, ci, out)
                if name == "claimant_name" and SIGNED.match(label):
                    _signed_date(line, ci, end, out)  # a witness's section runs on to it
                continue
            if name == "police_report_number" and label.startswith("case") and police_labelled:
                name = "claim_number"
            weight = 0.75 if label in GENERIC else 1.0
            if name == "date_reported" and (police_page or billing_page):
                weight *= 0.6  # reported to the police, or the day a shop billed or was paid
            if line.page in covers and name in CLAIMANT_FIELDS:
                weight *= 0.6  # the fax's sender: the claimant's own form outranks it
            own = _own_column(line, ci, other_columns)
            if own is not None:  # "Driver | (other party's) | (the insured's)": skip theirs
                out.add_decoy(line.cells[ci + 1].text)
                text, words = joined(own.words, name), own.words
                if name == "vehicle_make_model_year" and not YEAR.search(text):
                    year = vehicle_year(lines, line, own.x0)
                    text, words = f"{text} {year[0].text}" if year else text, words + year
                out.add(name, text, words, BASE["right"] * weight)
                continue
            tried = False
            for place, words in value_places(lines, line, ci, end, name, captioned_form):
                text = joined(words, name) if words else ""
                if name == "claimant_address" and place in ("same", "right") and words:
                    for joint, more in town_rows(lines, line, cell):
                        text, words = text.rstrip(" ,") + joint + " ".join(
                            w.text for w in more), words + more
                elif name == "claimant_address" and place == "below" and words:
                    for joint, more in town_boxes(lines, words, cell):
                        text, words = text.rstrip(" ,") + joint + " ".join(
                            w.text for w in more), words + more
                if name == "vehicle_make_model_year" and words and not YEAR.search(text):
                    year = vehicle_year(lines, line)
                    text, words = f"{text} {year[0].text}" if year else text, words + year
                if place == "below" and name in VEHICLE_FIELDS and words and row_set_aside(
                        lines[min(line.index + 1, len(lines) - 1)]):
                    continue  # the first row of a vehicles table is the third party's
                if words and not tried:  # what else the value holds, from where it stands
                    tried = _also(name, label, text, words, BASE[place] * weight, out)
                if words and out.add(name, text, words, BASE[place] * weight):
                    break
