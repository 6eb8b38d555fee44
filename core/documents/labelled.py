"""Stage 2b: values that stand next to a label: right of it, in the next cell, or below it.

Works on any form layout (inline, boxed cells with the label above, dotted leaders) because it
only looks at where words stand, never at a particular insurer's template. A label's meaning
comes from its section too; where its value may stand is in places.py, values told over
several rows are joined in rows.py.
"""

from __future__ import annotations

import re

from core.documents.candidates import YEAR, Collector
from core.documents.items import amount_column
from core.documents.layout import Cell, Line
from core.documents.lexicon import (
    DECOY,
    NUMBERING,
    classify_incident,
    match_label,
    names_other_party,
)
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
from core.documents.rows import (
    joined,
    parts_row,
    town_boxes,
    town_rows,
    vehicle_parts,
    vehicle_year,
)
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
    history_heading,
    in_firm_block,
    is_heading,
    is_label_cell,
    own_column,
    party_columns,
    row_set_aside,
    section_heading,
)
from core.documents.validate import DATE_PATTERN

BASE = {"same": 0.9, "right": 0.86, "below": 0.8, "above": 0.55, "caption": 0.86}
GENERIC = {"name", "date", "location", "place", "scene", "site", "venue", "car", "total",
           "file", "file number", "file no",
           "address", "vehicle", "residence",
           "signed", "signed by", "signature", "received", "received on", "remarks", "comments",
           "owner", "client", "caller", "member", "driver"}


def _own_column(line: Line, ci: int, other_columns: list[tuple[float, float]]) -> Cell | None:
    """Under headings of two parties' columns, the value of a row label in the claimant's
    column when the cell next to the label stands in the other party's."""
    def theirs(cell: Cell) -> bool:
        return any(x0 <= cell.x0 < x1 for x0, x1 in other_columns)
    if not other_columns or ci + 1 >= len(line.cells) or not theirs(line.cells[ci + 1]):
        return None
    return next((c for c in line.cells[ci + 2:] if not theirs(c)), None)


def _ocr_label(cell: Cell) -> tuple[str, int] | None:
    """A label OCR misread, l for i or i for l ("Caliback no.:", "Policy perlod:"): read again
    with the letter put back, on a short cell that ends with a colon."""
    text = cell.text
    if not cell.words or cell.words[0].line < 0 or not text.endswith(":") or \
            len(text.split()) > 4:
        return None
    for variant in (text.replace("li", "ll"), re.sub(r"(?<=[a-z])l(?=[a-z])", "i", text)):
        found = match_label(variant) if variant != text else None
        if found:
            return found
    return None


def _heads_amounts(lines: list[Line], line: Line, words: list[Word]) -> bool:
    """The value under an amount's label is the first row of a column of amounts (a schedule's
    "Replacement cost" column): the claim is the column's total, not its first row."""
    x0, x1, rows = words[0].x0 - 8, words[-1].x1 + 8, 0
    for nxt in lines[line.index + 2:line.index + 6]:
        if nxt.page == line.page and any(x0 <= w.x0 and w.x1 <= x1 and re.search(
                r"\d[.,]\d\d$", w.text) for w in nxt.words):
            rows += 1
    return rows >= 2


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


# A section about the loss itself ("THE ACCIDENT", "3. The incident", "Details of the loss"):
# a bare "Date" there is the day it happened, not the day the form was filled in.
LOSS_HEADING = re.compile(r"^(?:\d+\.?\s*)?(?:the\s+|details\s+of\s+(?:the\s+)?|about\s+the\s+)?"
                          r"(?:accident|incident|loss|occurrence|collision)(?:\s+details)?$", re.I)
# The insurer's own box ("FOR OFFICE USE ONLY"): the day it stamps the form received is its
# processing, less sure than the day the claimant signed or notified.
OFFICE_HEADING = re.compile(r"^(?:for\s+)?(?:office|official|internal|insurer'?s?)\s+use"
                            r"(?:\s+only)?$", re.I)
# "Cause of loss (tick one):" before its options: with no mark printed in the row, the first
# option is only the first of the choices, not the answer (the mark may be drawn, not written).
CHOICE_HINT = re.compile(r"\b(?:tick|check|circle|select|mark)\s+(?:one|all|as\s+appropriate|"
                         r"the\s+box)\b", re.I)
MARKS = {"x", "✓", "✔", "☒", "☑", "■", "[x]", "(x)"}


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
# In a table of the two parties' vehicles, a row headed "Driver" holds each driver's name.
DRIVER_ROW = re.compile(r"^driver\s*:?$", re.I)
# A vendor's or a bank's paper in a packet (a tow invoice, a rental agreement, a shop's bill,
# a payment confirmation): its dates are its own business, not the day the claim was made.
VENDOR_PAPER = re.compile(r"\b(?:invoice|receipt|rental\s+agreement|bill\s+to|estimate|"
                          r"quotation)\b", re.I)
BILL_TITLE = re.compile(r"^(?:payment\s+|cash\s+|tax\s+)?(?:receipt|invoice|estimate|quotation)$",
                        re.I)
RECEIPT_PAGE = re.compile(r"\b(?:payment\s+(?:confirmation|receipt|advice)|receipt|remittance|"
                          r"tax\s+invoice|invoice)\b", re.I)


def _vendor_page(lines: list[Line], line: Line) -> tuple[bool, bool]:
    """Whether the page that starts at `line` is a vendor's or a bank's paper, as (every date
    label on it counts less, a bare "Date" on it counts less): a packet's later page that names
    itself an invoice or a rental agreement, or any page titled as a bill or receipt; a page
    whose head speaks of a receipt or a payment."""
    head = [ln for ln in lines[line.index:line.index + 4] if ln.page == line.page]
    every = line.index > 0 and any(VENDOR_PAPER.search(ln.text) for ln in head) or \
        any(BILL_TITLE.match(c.text.strip()) for ln in head for c in ln.cells)
    bare = any(RECEIPT_PAGE.search(ln.text) for ln in lines[line.index:line.index + 3])
    return every, bare
# The insured home's address on a household report ("Risk address"): where the insured lives,
# unless the document gives another address for them (this one is weaker).
INSURED_PREMISES = re.compile(r"^(?:risk|insured\s+property|insured\s+premises)\s+address$|"
                              r"^address\s+of\s+(?:the\s+)?(?:insured\s+(?:property|premises)|risk)$")


def _also(name: str, label: str, text: str, words: list[Word], score: float,
          out: Collector) -> bool:
    """What a value holds besides its label's field: a "Contact" row's phone and e-mail both,
    the date beside a signature ("Signed | Ann Lee, 2026-01-14": the claim's date). True when
    it found one."""
    if name in CONTACTS and re.search(r"\bcontact\b", label):
        return bool(out.add(CONTACTS[1 - CONTACTS.index(name)], text, words, score * 0.95))
    if name == "incident_location" and INSURED_PREMISES.match(label):
        return bool(out.add("claimant_address", text, words, score * 0.6))
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


def _unmarked_options(cells: list[Cell]) -> bool:
    """Three or more cells that each name another kind of loss, none marked: a row of check
    boxes whose ticks are lost (to a scan), which says nothing of the loss."""
    if len(cells) < 3 or any(c.text[:1] in "☐☒☑■✓✔xX[(" for c in cells):
        return False
    kinds = [classify_incident(c.text) for c in cells]
    return all(kinds) and len({k[0] for k in kinds if k}) == len(kinds)


def _own_role_row(line: Line) -> bool:
    """A row that starts with the claimant's role as the label of a name ("Insured: Ann Lee",
    "Policyholder | Ann Lee"): the claimant's own details begin there, whatever party's
    section stood above."""
    found = match_label(line.cells[0].text)
    if not found or found[0] != "claimant_name":
        return False
    label = line.cells[0].text[:found[1]].strip(SEPARATORS).lower()
    return bool(OWN_HEADING.match(label)) and not names_other_party(label) and \
        not SECTION_OTHER.search(label)


OUR_PARTY = re.compile(r"^our\s+(?=(?:insured|policy\s*holder|client|policy|claim)\b)", re.I)
YOUR_PARTY = re.compile(r"^(?:your|their)\s+(?:insured|policy\s*holder|client|driver|policy|"
                        r"claim)\b", re.I)


def _writes_for_insured(lines: list[Line]) -> bool:
    """One insurer writes to another (a subrogated recovery) about "our insured" and "your
    insured": its own insured is the claimant, the addressee's is the other party."""
    cells = [c.text for line in lines for c in line.cells]
    return any(OUR_PARTY.match(t) for t in cells) and any(YOUR_PARTY.match(t) for t in cells)


def _insurers_party(lines: list[Line], line: Line, ci: int, out: Collector) -> bool:
    """In such a letter, a label of "our" party is the claimant's, one of "your" party a
    decoy; True when the cell was such a label."""
    text = line.cells[ci].text
    if YOUR_PARTY.match(text):
        _decoy_value(lines, line, ci, out)
        return True
    ours = OUR_PARTY.match(text)
    found = match_label(text[ours.end():]) if ours else None
    if ours is None or found is None or found[0] == "other":
        return False
    for place, words in value_places(lines, line, ci, ours.end() + found[1], found[0]):
        if words and out.add(found[0], joined(words, found[0]), words, BASE[place]):
            break
    return True


def collect_labelled(lines: list[Line], out: Collector) -> None:
    """Add a candidate for every labelled value, and note the values of decoy labels.

    A label takes its meaning from its section too: a "Name" or "Phone" under a heading such
    as "Witness", "Vehicle B" or "Broker" belongs to that party, not to the claimant.
    """
    captions = sum(1 for line in lines if caption_row(lines, line))
    headers = sum(1 for line in lines if labels_above(lines, line))
    captioned_form = captions >= 3 and captions > headers
    reference = insurer_reference(lines)
    for_insured = _writes_for_insured(lines)
    # A "Case #" is the police's unless the police's own number has a label of its own, or the
    # document never names the police: then it is the insurer's case, the claim.
    police_labelled = any(POLICE_PAGE.search(c.text) and (match_label(c.text) or ("",))[0] ==
                          "police_report_number" for line in lines for c in line.cells) or \
        not any(POLICE_PAGE.search(line.text) for line in lines)
    vehicle_parts(lines, out)
    _own_block(lines, out)
    other_section = own_section = history = loss_section = office_section = False
    other_columns: list[tuple[float, float]] = []
    page, police_page, vendor_page, receipt_page = 0, False, False, False
    covers = cover_sheet_pages(lines)
    left: dict[int, float] = {}
    for line in lines:
        left[line.page] = min(left.get(line.page, 10_000.0), line.cells[0].x0)
    for line in lines:
        if line.page != page:  # a police report's page: its dates are the police's
            police_page = any(POLICE_PAGE.search(ln.text) for ln in lines[line.index:
                                                                          line.index + 3])
            vendor_page, receipt_page = _vendor_page(lines, line)
        if history_heading(line):
            history = True  # the earlier claims listed below are not this claim
            continue
        if history and (line.page != page or section_heading(line) or is_heading(line)):
            history = False
        if history:
            continue
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
            loss_section = bool(LOSS_HEADING.match(line.text.strip()))
            office_section = bool(OFFICE_HEADING.match(line.text.strip()))
        if heading:
            other_section = bool(SECTION_OTHER.search(line.text))
            continue
        if other_section and section_heading(line) and OWN_HEADING.match(line.text):
            other_section = False  # "Claimant" after "Joint policyholder / spouse": ours again
        if other_section and _own_role_row(line):
            other_section = False  # "Insured: Ann Lee" under the statement after an agency box
        other_columns = party_columns(line) or ([] if heads_new_table(
            line, lines[line.index - 1] if line.index else None, other_columns)
            else other_columns)
        for ci, cell in enumerate(line.cells):
            if for_insured and _insurers_party(lines, line, ci, out):
                continue
            company = company_label(cell.text) if own_section else None
            if company:  # the policyholder is a company: "Company telephone" is its phone
                # but a person's "Business phone" beside their home or cell phone is the
                # office line, called last
                weight = 0.85 if company[0] == "claimant_phone" and \
                    cell.text.lower().startswith("business") else 1.0
                for place, words in value_places(lines, line, ci, company[1], company[0]):
                    if words and out.add(company[0], joined(words, company[0]), words,
                                         BASE[place] * weight):
                        break
                continue
            found = match_label(cell.text) or (("claimant_name", len(cell.text)) if other_columns
                                               and DRIVER_ROW.match(cell.text) else None) or \
                _ocr_label(cell)
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
            if name == "incident_description" and amount_column(line) is not None:
                continue  # "Particulars of loss | Amount": the heading of the cost rows
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
            if name in VEHICLE_FIELDS and (other_section or in_other_column):
                for _place, words in value_places(lines, line, ci, end, name):
                    if words:
                        out.add_decoy_value(name, " ".join(w.text for w in words))
                        break
                continue  # the other party's car, under their heading: a decoy
            if name == "incident_type" and _unmarked_options(line.cells[ci + 1:]):
                continue  # "KIND OF LOSS: FIRE WATER THEFT ...", the ticks lost to the scan
            if name == "police_report_number" and label.startswith("case") and police_labelled:
                name = "claim_number"
            if name == "date_reported" and label == "date" and loss_section:
                name = "date_of_loss"
            if name == "incident_type" and CHOICE_HINT.search(cell.text) and not any(
                    w.text.lower() in MARKS for w in line.words):
                continue
            weight = 0.75 if label in GENERIC else 1.0
            if name == "date_reported" and (police_page or office_section or vendor_page or
                                            receipt_page and label in GENERIC):
                weight *= 0.6  # reported to the police, stamped by the office or dated by a
                # vendor's paper (the day a bill was issued or paid): not the notification
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
                if place == "below" and name == "claimed_amount" and words and _heads_amounts(
                        lines, line, words):
                    continue
                if place == "below" and name == "vehicle_make_model_year" and words and \
                        parts_row(lines[min(line.index + 1, len(lines) - 1)]):
                    continue  # "Year / Make | 2018 Ford | Model | F-150": read part by part
                if words and not tried:  # what else the value holds, from where it stands
                    tried = _also(name, label, text, words, BASE[place] * weight, out)
                if words and out.add(name, text, words, BASE[place] * weight):
                    break
