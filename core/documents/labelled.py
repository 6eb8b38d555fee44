"""Stage 2b: values that stand next to a label: right of it, in the next cell, or below it.

Works on any form layout (inline, boxed cells with the label above, dotted leaders) because it
only looks at where words stand, never at a particular insurer's template.
"""

from __future__ import annotations

import dataclasses
import re

from core.documents.candidates import YEAR, Collector
from core.documents.layout import Cell, Line
from core.documents.lexicon import DECOY, NUMBERING, match_label, names_other_party
from core.documents.pdf_text import Word
from core.documents.references import insurer_reference, reference_in_text
from core.documents.sections import (
    CLAIMANT_FIELDS,
    OWN_HEADING,
    OWN_ROLE,
    POLICE_PAGE,
    SECTION_OTHER,
    SEPARATORS,
    column_span,
    company_label,
    drop_hint,
    ends_text,
    heads_new_table,
    in_firm_block,
    is_heading,
    is_label_cell,
    party_columns,
    row_set_aside,
    section_heading,
)
from core.documents.validate import DATE_PATTERN

NEXT_LABEL = re.compile(r"\s(?=[A-Z][A-Za-z'’./ ]{1,28}:(?:\s|$))")
MULTILINE = ("incident_description",)
WRAPPING = ("claimant_address", "incident_location")
BASE = {"same": 0.9, "right": 0.86, "below": 0.8, "above": 0.55, "caption": 0.86}
LABEL_TAIL = re.compile(r"^(?:of|for|to|in)\s+(?:the\s+|this\s+)?[a-z]+(?:\s+[a-z]+)?\s*[:?]?$",
                        re.I)
CITY_CAPTION = re.compile(r"\b(?:city|town|state|zip|post\s*code|postal)\b", re.I)
GENERIC = {"name", "date", "location", "place", "scene", "site", "venue", "car", "total",
           "file", "file number", "file no",
           "address", "vehicle", "residence",
           "signed", "signed by", "signature", "received", "received on", "remarks", "comments",
           "owner", "client", "caller", "member"}


def _after(cell: Cell, end: int) -> list[Word]:
    """The words of `cell` after character `end` of its text, separators dropped."""
    words, pos = [], 0
    for word in cell.words:
        if pos >= end:
            words.append(word)
        elif pos + len(word.text) > end:
            rest = word.text[end - pos:].lstrip(SEPARATORS)
            if rest:
                words.append(Word(rest, word.page, word.x1 - len(rest) / len(word.text) *
                                  (word.x1 - word.x0), word.top, word.x1, word.bottom,
                                  word.confidence))
        pos += len(word.text) + 1
    while words and not words[0].text.strip(SEPARATORS):
        words.pop(0)
    if words and words[0].text[0] in SEPARATORS:
        first = words[0]
        words[0] = Word(first.text.lstrip(SEPARATORS), first.page, first.x0, first.top,
                        first.x1, first.bottom, first.confidence)
    return words


def _cut_at_next_label(words: list[Word]) -> list[Word]:
    text = " ".join(w.text for w in words)
    match = NEXT_LABEL.search(text)
    if not match:
        return words
    keep = len(text[: match.start()].split())
    return words[:keep]


def _wrapped_prose(text: str, end: int | None = None) -> bool:
    """A line that starts with a label's word but in lower case, runs on past eight words and
    has no colon after that word ("car as I drove past. Both doors ..."): a wrapped sentence."""
    if end is None:
        found = match_label(text)
        end = found[1] if found else 0
    return text[:1].islower() and len(text.split()) > 8 and ":" not in text[:end + 2]


def _column_words(line: Line, x0: float, x1: float) -> list[Word]:
    return [w for w in line.words if w.x0 >= x0 - 4 and w.x0 < x1 - 2]


def _below(lines: list[Line], line: Line, cell: Cell, right: float, multi: bool,
           narrative: bool = False) -> list[Word]:
    words: list[Word] = []
    previous = line
    pitch: float | None = None
    for nxt in lines[line.index + 1: line.index + (25 if multi else 2)]:
        gap = nxt.top - previous.bottom
        if nxt.page != line.page or gap > (1.6 if words else 2.6) * line.height:
            break
        column = _column_words(nxt, cell.x0, right)
        if not column:
            if words:
                break
            continue
        first_cell = next((c for c in nxt.cells if c.words[0] in column), None)
        if first_cell is not None and is_label_cell(first_cell) and not (
                narrative and _wrapped_prose(first_cell.text)) or (
                narrative and ends_text(nxt, previous, pitch)):
            break
        if words and nxt.height < 0.85 * previous.height:
            break  # smaller print under a value: the next box's label, not more of the value
        if words:
            pitch = nxt.top - previous.top if pitch is None else min(pitch, nxt.top - previous.top)
        words.extend(column)
        previous = nxt
        if not multi:
            break
    return words


def _above(lines: list[Line], line: Line, cell: Cell, right: float) -> list[Word]:
    if line.index == 0:
        return []
    prev = lines[line.index - 1]
    if prev.page != line.page or line.top - prev.bottom > 2.2 * line.height:
        return []
    return _column_words(prev, cell.x0, right)


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
        out.add_decoy(" ".join(w.text for w in _below(lines, line, cell, cell.x1 + 200, False)))


def caption_row(lines: list[Line], line: Line, relaxed: bool = False) -> bool:
    """Labels printed small under the values they name (signed paper forms).

    Strictly: smaller than the line above and nearer to it than to the line below. On a form
    whose rows are plainly captioned (`relaxed`), smaller than the line above is enough.
    """
    if line.index == 0:
        return False
    prev = lines[line.index - 1]
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    gap_above = line.top - prev.bottom
    gap_below = nxt.top - line.bottom if nxt is not None and nxt.page == line.page else 1e9
    smaller = prev.page == line.page and line.height < 0.85 * prev.height and \
        not is_label_cell(prev.cells[0])
    if relaxed:
        return smaller and gap_above < 3.5 * prev.height
    return smaller and gap_above < 1.6 * prev.height and gap_above < gap_below


def labels_above(lines: list[Line], line: Line) -> bool:
    """Labels printed small over the values they name (boxed forms): the mirror of a caption."""
    if line.index + 1 >= len(lines):
        return False
    nxt = lines[line.index + 1]
    prev = lines[line.index - 1] if line.index else None
    gap_below = nxt.top - line.bottom
    gap_above = line.top - prev.bottom if prev is not None and prev.page == line.page else 1e9
    return nxt.page == line.page and line.height < 0.85 * nxt.height and \
        gap_below < 1.6 * nxt.height and gap_below < gap_above


def _captioned(lines: list[Line], line: Line, cell: Cell, right: float, multi: bool,
               name: str) -> list[Word]:
    """The value above a caption: the column's words on the line(s) just above."""
    words: list[Word] = []
    below = line
    for prev in reversed(lines[max(0, line.index - (8 if multi else 1)): line.index]):
        limit = 3.5 if below is line else 1.6
        if prev.page != line.page or below.top - prev.bottom > limit * prev.height or \
                prev.height < 0.85 * below.height * (1 if below is line else 0.85):
            break
        column = [w for w in prev.words if w.x0 >= cell.x0 - 6 and w.x0 < right - 2]
        if not column:
            break
        words = column + words
        below = prev
    if name == "claimant_address" and words:
        nxt = next((c for c in line.cells if c.x0 > cell.x0), None)
        if nxt is not None and CITY_CAPTION.search(nxt.text):
            after = next((c.x0 for c in line.cells if c.x0 > nxt.x0), 10_000.0)
            words += [w for w in lines[line.index - 1].words if nxt.x0 - 6 <= w.x0 < after - 2]
    return words


STATE_ONLY = re.compile(r"^(?:state|county|province|region)\b", re.I)
CODE_ONLY = re.compile(r"^(?:zip(?:\s*code)?|post\s*code|postal\s+code)\b", re.I)


def _town_rows(lines: list[Line], line: Line, label: Cell) -> list[tuple[str, list[Word]]]:
    """A street address's town, state and ZIP on the rows under it, each under its own label
    ("Street address | 803 Stephen Passage" then "City, State, ZIP | New Michael, AK 39421"):
    (joint, words) per row, the joint being what goes before the row's value."""
    rows: list[tuple[str, list[Word]]] = []
    previous = line
    for nxt in lines[line.index + 1: line.index + 4]:
        head = nxt.cells[0]
        if nxt.page != line.page or nxt.top - previous.bottom > 1.6 * line.height or \
                abs(head.x0 - label.x0) > 12 or not CITY_CAPTION.match(head.text) or \
                len(head.text.split()) > 6:
            break
        _caption, sep, rest = head.text.partition(":")
        words = _after(head, len(head.text) - len(rest)) if sep and rest.strip() else \
            [w for c in nxt.cells[1:] for w in c.words]
        if not words:
            break
        rows.append((" " if CODE_ONLY.match(head.text) else ", ", words))
        previous = nxt
    return rows


# A heading that hands the rows under it back to the claimant.


YEAR_LABEL = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?:(?:model|build|manufacture)\s+year|year(?:\s+of\s+"
                        r"(?:manufacture|make|build|first\s+registration))?|baujahr|"
                        r"(?:date\s+of\s+)?first\s+regist(?:ration|ered)|erstzulassung|"
                        r"primera\s+matriculaci[oó]n)\b[\s:.]*",
                        re.I)
YEAR_VALUE = re.compile(r"^(?:\d{1,2}[./-]){0,2}(19[5-9]\d|20[0-4]\d)$")  # "2016", "05.2016"


def _vehicle_year(lines: list[Line], line: Line, column: float | None = None) -> list[Word]:
    """The year a make and model lack, from a row of its own next to them ("8. Make and model
    | Mini Cooper" then "9. Year of manufacture | 2022") or a cell further along their row;
    in the column that starts at `column` when the rows hold two parties' columns."""
    near = [ln for ln in lines[max(0, line.index - 2): line.index + 3] if ln.page == line.page
            and abs(ln.top - line.top) < 4 * line.height]
    for other in sorted(near, key=lambda ln: abs(ln.index - line.index)):
        for i, cell in enumerate(other.cells):
            label = YEAR_LABEL.match(cell.text)
            if not label or label.end() == 0:
                continue
            rest = _after(cell, label.end())
            value = rest or (other.cells[i + 1].words if i + 1 < len(other.cells) else [])
            if column is not None:
                value = next((c.words for c in other.cells[i + 1:] if abs(c.x0 - column) < 12),
                             [])
            year = YEAR_VALUE.match(value[0].text) if value else None
            if year:
                return [dataclasses.replace(value[0], text=year.group(1))]
    return []


PART_LABEL = re.compile(r"^(?:vehicle\s+)?(?P<part>make|model|year)\s*[:.]?$", re.I)


def _vehicle_parts(lines: list[Line], out: Collector) -> None:
    """A vehicle told in rows of their own ("Make: Volvo", "Model: S90", "Year: 2024") or
    cells of one row: the parts joined as one make, model and year."""
    for line in lines:
        for ci, cell in enumerate(line.cells[:-1]):
            label = PART_LABEL.match(cell.text)
            if not label or label.group("part").lower() != "make":
                continue
            parts: dict[str, list[Word]] = {"make": line.cells[ci + 1].words}
            near = [ln for ln in lines[line.index:line.index + 7] if ln.page == line.page and
                    ln.top - line.bottom < 8 * line.height]
            for other in near:
                for cj, part in enumerate(other.cells[:-1]):
                    found = PART_LABEL.match(part.text)
                    if found and (other is line or abs(part.x0 - cell.x0) < 8):
                        parts.setdefault(found.group("part").lower(), other.cells[cj + 1].words)
            if "model" in parts and "year" in parts:
                words = parts["make"] + parts["model"] + parts["year"]
                text = " ".join(" ".join(w.text for w in parts[p])
                                for p in ("make", "model", "year"))
                out.add("vehicle_make_model_year", text, words, 0.8)


def _continued(lines: list[Line], line: Line, first: Cell, label: Cell) -> list[Word]:
    """Lines that carry on a value in its own column (a narrative wrapping in a table cell)."""
    words: list[Word] = []
    previous = line
    for nxt in lines[line.index + 1: line.index + 12]:
        if nxt.page != line.page or nxt.top - previous.bottom > 1.0 * line.height or \
                nxt.words[0].x0 < label.x1 or abs(nxt.words[0].x0 - first.x0) > 6:
            break
        words.extend(nxt.words)
        previous = nxt
    return words


def _places(lines: list[Line], line: Line, ci: int, end: int, name: str,
            captioned_form: bool = False):  # type: ignore[no-untyped-def]
    """Where the value may stand, best first: after the label, next cell, below, above."""
    cell = line.cells[ci]
    right = line.cells[ci + 1].x0 if ci + 1 < len(line.cells) else 10_000.0
    multi = name in MULTILINE
    if caption_row(lines, line, relaxed=captioned_form):
        yield "caption", _captioned(lines, line, cell, right if ci + 1 < len(line.cells)
                                    else 10_000.0, multi, name)
    same = _cut_at_next_label(drop_hint(_after(cell, end)))
    rest = " ".join(w.text for w in same)
    if LABEL_TAIL.match(rest) or (multi and len(rest.split()) <= 5 and not rest.endswith(".")
                                  and not any(c.isdigit() for c in rest)):
        same = []  # "Description | of the occurrence": the rest of the label, not a value
    if same:
        yield "same", same + (_below(lines, line, cell, 10_000.0, True, True) if multi else [])
    if ci + 1 < len(line.cells) and (not is_label_cell(line.cells[ci + 1]) or
                                     line.cells[ci + 1].text[:1].islower()):
        # a cell that starts in lower case is a value ("car park of ..."), never a label
        value = line.cells[ci + 1]
        extra = _continued(lines, line, value, cell) if multi or name in WRAPPING else []
        yield "right", value.words + extra
    below_right = max(right, cell.x1 + 200) if ci + 1 == len(line.cells) else right
    below = _below(lines, line, cell, below_right, multi or name in WRAPPING, multi)
    if name in WRAPPING:  # an address may take two or three short lines, no more
        rows = sorted({round(w.top) for w in below})[:3]
        below = [w for w in below if round(w.top) in rows and "@" not in w.text]
    yield "below", below
    if name == "date_reported":
        yield "above", _above(lines, line, cell, right)


# A postcode broken over two lines, or a state or province left at a line's end before it.
SPLIT_POSTCODE = re.compile(r"^(?:[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|"
                            r"[A-Z]{2,3} (?:\d{4,5}|[A-Z]\d[A-Z]))$")


def _gaps(row: list[Word]) -> list[float]:
    return [b.x0 - a.x1 for a, b in zip(row, row[1:], strict=False)]


def _justified(row: list[Word], after: list[Word] | None) -> bool:
    """Three or more words spaced alike and wider than the line after them: a justified line
    (the last line of justified text is set tight), whose wide gaps are spaces. Letters in
    comb boxes are spread on every line alike."""
    gaps = _gaps(row)
    height = row[0].bottom - row[0].top
    if len(gaps) < 2 or max(gaps) - min(gaps) > 0.15 * height or min(gaps) < 0.5 * height:
        return False
    tight = _gaps(after) if after else []
    return min(gaps) > 1.5 * (max(tight) if tight else 0.3 * height)


def _joined(words: list[Word], name: str) -> str:
    """Words as text; an address's parts from separate lines or boxes get a comma between."""
    if name not in ("claimant_address", "incident_location"):
        return " ".join(w.text for w in words)
    rows: dict[float, list[Word]] = {}
    for word in words:
        rows.setdefault(round(word.top), []).append(word)
    tops = list(rows)
    justified = {top for i, top in enumerate(tops)
                 if _justified(rows[top], rows[tops[i + 1]] if i + 1 < len(tops) else None)}
    parts = [words[0].text]
    for prev, word in zip(words, words[1:], strict=False):
        apart = abs(word.top - prev.top) > 0.5 * (prev.bottom - prev.top) or \
            word.x0 - prev.x1 > 1.5 * (prev.bottom - prev.top) and \
            round(word.top) not in justified
        if word.top > prev.top and not prev.text.endswith(",") and (
                round(prev.top) in justified or SPLIT_POSTCODE.match(f"{prev.text} {word.text}")):
            apart = False  # a justified line is a wrapped one: the next line carries it on; so
            # does a postcode's second half ("ON K1A" / "0B1")
        parts.append((", " if apart and not prev.text.endswith(",") else " ") + word.text)
    return "".join(parts)


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
        words = _cut_at_next_label(_after(cell, start + found[1]))
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
    _vehicle_parts(lines, out)
    other_section = own_section = False
    other_columns: list[tuple[float, float]] = []
    page, police_page = 0, False
    left: dict[int, float] = {}
    for line in lines:
        left[line.page] = min(left.get(line.page, 10_000.0), line.cells[0].x0)
    for line in lines:
        if line.page != page:  # a police report's page: its dates are the police's
            police_page = any(POLICE_PAGE.search(ln.text) for ln in lines[line.index:
                                                                          line.index + 3])
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
                for place, words in _places(lines, line, ci, company[1], company[0]):
                    if words and out.add(company[0], _joined(words, company[0]), words,
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
                for place, words in _places(lines, line, ci, ref.end(), "claim_number"):
                    if words and out.add("claim_number", _joined(words, "claim_number"), words,
                                         BASE[place] * 0.7):
                        break
                continue
            if not found or found[0] == "other":
                running = len(cell.text.split()) > 8 and ":" not in cell.text[:40]
                if not running and (DECOY.match(cell.text) or found):
                    _decoy_value(lines, line, ci, out)
                continue
            name, end = found
            if _wrapped_prose(cell.text, end):
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
            if name == "date_reported" and police_page:
                weight *= 0.6  # reported to the police, not the claim's notification
            own = _own_column(line, ci, other_columns)
            if own is not None:  # "Driver | (other party's) | (the insured's)": skip theirs
                out.add_decoy(line.cells[ci + 1].text)
                text, words = _joined(own.words, name), own.words
                if name == "vehicle_make_model_year" and not YEAR.search(text):
                    year = _vehicle_year(lines, line, own.x0)
                    text, words = f"{text} {year[0].text}" if year else text, words + year
                out.add(name, text, words, BASE["right"] * weight)
                continue
            tried = False
            for place, words in _places(lines, line, ci, end, name, captioned_form):
                text = _joined(words, name) if words else ""
                if name == "claimant_address" and place in ("same", "right") and words:
                    for joint, more in _town_rows(lines, line, cell):
                        text, words = text.rstrip(" ,") + joint + " ".join(
                            w.text for w in more), words + more
                if name == "vehicle_make_model_year" and words and not YEAR.search(text):
                    year = _vehicle_year(lines, line)
                    text, words = f"{text} {year[0].text}" if year else text, words + year
                if place == "below" and name in VEHICLE_FIELDS and words and row_set_aside(
                        lines[min(line.index + 1, len(lines) - 1)]):
                    continue  # the first row of a vehicles table is the third party's
                if words and not tried:  # what else the value holds, from where it stands
                    tried = _also(name, label, text, words, BASE[place] * weight, out)
                if words and out.add(name, text, words, BASE[place] * weight):
                    break
