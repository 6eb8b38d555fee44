"""Sections, column headings and label hints: whose details the labels ask for, and where.

A heading such as "Witness", "Vehicle B" or "Broker", or a row of column headings such as
"AGENCY | CARRIER", puts the labels under it in another party's hands: a "Name" or "Phone"
there is not the claimant's.
"""

from __future__ import annotations

import re

from core.documents.layout import Cell, Line
from core.documents.lexicon import DECOY, NUMBERING, match_label
from core.documents.pdf_text import Word

SEPARATORS = " :#.-–|"
HEADING = re.compile(r"^(?:\d{1,2}[.)]|[A-Z]\.|section\s+(?:\d+|[A-Z]\b))\s", re.I)


def is_label_cell(cell: Cell) -> bool:
    """A label of any kind: a known field label, 'Something:', another party's caption."""
    text = cell.text
    words = text.split()
    return bool(match_label(text)) or (text.endswith(":") and len(words) <= 5) or \
        (text.endswith("?") and len(words) <= 6) or bool(DECOY.match(text)) and \
        not STREET_NAME.match(text)


# A street named after a place ("Station Road", "Church Street"): a value, no party's label.
STREET_NAME = re.compile(r"^[A-Z][\w'’]*\s+(?:road|street|lane|avenue|drive|way|close|crescent|"
                         r"terrace|place|square|hill|row|walk|parade|boulevard)\b", re.I)


def is_heading(line: Line) -> bool:
    """A numbered or all-capitals short line: a form's section heading. A value in
    capitals that is mostly figures ("03/13/2026 3:30 AM", "CAD 500.00") heads nothing."""
    text = line.text.strip()
    worded = sum(c.isalpha() for c in text) > sum(c.isdigit() for c in text)
    return bool(HEADING.match(text)) or (text.isupper() and len(text.split()) <= 6 and worded)


SECTION_OTHER = re.compile(
    r"\b(?:witness(?:es)?|agent|broker|intermediary|agency|repairer|provider|doctor|physician|"
    r"hospital|other\s+(?:part(?:y|ies)|drivers?|vehicles?)|third\s+part(?:y|ies)|vehicle\s+b|"
    r"driver\s+b|adjuster|handler|officer|insurer'?s|spouse|joint\s+(?:policy\s*holder|insured|"
    r"applicant)|co-?(?:insured|policy\s*holder)|second\s+(?:insured|policy\s*holder)|"
    r"lien\s*holder|loss\s+payee|mortgagee|tow(?:ing)?\s+(?:yard|company|service|operator))\b",
    re.I)
OWN_HEADING = re.compile(r"^(?:the\s+)?(?:named\s+)?(?:claimant|policy\s*holder|insured|applicant|"
                         r"your|main\s+policy\s*holder)(?:'?s)?(?:\s+details)?$", re.I)
OWN_ROLE = re.compile(r"\b(?:claimant|insured|policy\s*holder)(?:'?s)?\b", re.I)
CLAIMANT_FIELDS = ("claimant_name", "claimant_email", "claimant_phone", "claimant_address",
                   "_surname", "_forename")


def section_heading(line: Line) -> bool:
    """A heading line: one short cell, no digits beyond a section number, no colon value."""
    text = re.sub(r"\s*\([^)]*\)", "", line.text).strip()  # "LOSS (SECTION 2)"
    words = text.split()
    return len(line.cells) == 1 and 1 <= len(words) <= 7 and not text.endswith(":") and \
        not any(c.isdigit() for c in NUMBERING.sub("", text)) and "," not in text and \
        (text.isupper() or is_heading(line) or text.istitle() or (
            len(words) <= 4 and text[:1].isupper() and bool(SECTION_OTHER.search(text))))


def column_span(lines: list[Line], line: Line, left: float) -> tuple[float, float] | None:
    """The x range of the one column a heading of a two-column form stands over ("WITNESS"
    over the column beside the insured's details), or None for a heading across the page.

    Over the right column: one short cell well right of the page's left edge, with the next
    lines' cells aligned under it and the other column's cells beside them. Over the left
    column: the right column goes on beside it in lines of its own, set between the left
    column's lines (each column is flowed on its own).
    """
    cell = line.cells[0]
    if len(line.cells) != 1 or len(cell.text.split()) > 4:
        return None
    below = [ln for ln in lines[line.index + 1:line.index + 5] if ln.page == line.page]
    if cell.x0 >= left + 120:
        aligned = any(abs(c.x0 - cell.x0) < 6 for ln in below[:3] for c in ln.cells)
        beside = any(c.x1 < cell.x0 - 20 for ln in [*below[:3], *lines[max(0, line.index - 2):
                                                                         line.index]]
                     if ln.page == line.page for c in ln.cells)
        return (cell.x0 - 4, 10_000.0) if aligned and beside else None
    right = [c.x0 for ln in below for c in ln.cells if c.x0 >= left + 120 and
             is_label_cell(c)]
    if not right:
        return None
    boundary = min(right) - 4
    right_only = any(all(c.x0 >= boundary for c in ln.cells) for ln in below)
    left_only = any(all(c.x0 < boundary for c in ln.cells) for ln in below)
    return (cell.x0 - 4, boundary) if right_only and left_only else None


# A list of the insured's earlier claims ("Loss run - previous claims", "Claims history"): its
# claim numbers, dates and amounts are those claims', not this one's.
HISTORY = re.compile(r"\b(?:previous|prior|past|earlier|former)\s+(?:claims?|loss(?:es)?|"
                     r"insurance\s+claims?)\b|\b(?:claims?|loss(?:es)?)\s+(?:history|experience|"
                     r"record)\b|\bloss\s+runs?\b", re.I)


def history_heading(line: Line) -> bool:
    """A heading over a list of earlier claims; a question or a label with its answer is not."""
    text = line.text.strip()
    return len(line.cells) == 1 and len(text.split()) <= 10 and bool(HISTORY.search(text)) and \
        not re.search(r"[:?]", text) and not re.match(r"(?:have|has|any|did|were)\b", text, re.I)


def party_columns(line: Line) -> list[tuple[float, float]] | None:
    """A row of column headings ("AGENCY | CARRIER", "VEHICLE A | VEHICLE B (other party)"): the
    x ranges of the columns that belong to another party; None when the line is no such row."""
    cells = line.cells
    if own_column(line) is not None:
        # "TENANT (POLICYHOLDER) | LANDLORD": beside the claimant's column, whoever is named
        return [(c.x0 - 4, cells[i + 1].x0 if i + 1 < len(cells) else 10_000.0)
                for i, c in enumerate(cells) if not OWN_ROLE.search(c.text)]
    if len(cells) < 2 or any(len(re.sub(r"\([^(),/]*\)", "", c.text).split()) > 3 or ":" in c.text
                             or any(ch.isdigit() for ch in c.text) for c in cells):
        return None
    ranges = [(c.x0 - 4, cells[i + 1].x0 - 4 if i + 1 < len(cells) else 10_000.0)
              for i, c in enumerate(cells) if SECTION_OTHER.search(c.text)
              and (match_label(c.text.replace("(", " ")) or ("other",))[0] == "other"]
    return ranges or None


def own_column(line: Line) -> tuple[float, float] | None:
    """In a row of two or more parties' column headings, the x range of the one that names
    the claimant's role ("TENANT (POLICYHOLDER) | LANDLORD / PROPERTY MANAGER"); else None."""
    cells = line.cells
    if len(cells) < 2 or any(len(c.text.split()) > 4 or ":" in c.text or
                             any(ch.isdigit() for ch in c.text) or not c.text.isupper() or
                             (match_label(c.text) or ("other",))[0] != "other" for c in cells):
        return None  # a row of field captions ("CLAIMANT NAME | E-MAIL") heads no parties
    own = [i for i, c in enumerate(cells) if OWN_ROLE.search(c.text)]
    if len(own) != 1:
        return None
    i = own[0]
    return cells[i].x0 - 4, cells[i + 1].x0 - 4 if i + 1 < len(cells) else 10_000.0


def heads_new_table(line: Line, above: Line | None,
                    columns: list[tuple[float, float]]) -> bool:
    """After a blank band, a row of headings that spans from left of another party's column into
    it ("CASE # | POLICY | STATUS" under an adjuster's card at the right): a new table starts,
    and the party's column ends."""
    if not columns or above is None or above.page != line.page or \
            line.top - above.bottom < 2 * line.height or len(line.cells) < 2:
        return False
    start = min(x0 for x0, _x1 in columns)
    return line.cells[0].x0 < start - 20 and any(start <= c.x0 for c in line.cells) and \
        any(match_label(c.text) for c in line.cells)


FIRM = re.compile(
    r"\b(?:inc|llc|ltd|plc|gmbh|limited|corporation|co\.|garage|body\s*shop|bodyshop|auto\s+body|"
    r"motors|repairs?|collision\s+cent(?:er|re)|services|insurance|assurance|agency|brokers?|"
    r"associates|clinic|hospital|surgery|practice|plumbing|restoration|contractors?|towing)\b",
    re.I)


def in_firm_block(lines: list[Line], line: Line, x0: float) -> bool:
    """A contact label in a firm's block (a repair shop's letterhead, an invoice's sender):
    the lines just above it, in its column, name a firm before any claimant field."""
    below = line
    for prev in reversed(lines[max(0, line.index - 4): line.index]):
        # an OCR box reaches about a quarter of the glyphs' height above and below them: there a
        # gap of two thirds of a box is the one and a half glyphs' gap of a text layer
        gap = (2 / 3 if below.words[0].line >= 0 else 1.5) * below.height
        if prev.page != line.page or below.top - prev.bottom > gap:
            return False
        column = [c for c in prev.cells if abs(c.x0 - x0) < 12]
        text = column[0].text if column else ""
        street = bool(re.match(r"\d+\s", text)) and "," in text  # "7567 Hawkins Ports, ..."
        if not column or len(text.split()) > 14 or len(text.split()) > 8 and not street:
            return False  # the block ends at a gap, another column or running text; a long
            # street line is still the firm's letterhead
        found = match_label(column[0].text)
        if found and found[0] != "other":
            return False  # a field's label: the form's body, not a firm's letterhead
        if FIRM.search(column[0].text) or SECTION_OTHER.search(column[0].text):
            return True
        below = prev
    return False


FAX_TITLE = re.compile(r"^(?:fax|facsimile|telefax)\b(?!\s*(?:no\.?|number|#)?\s*:)", re.I)
ROUTING = re.compile(r"^(?:to|from|attn|attention)\s*:", re.I)


def cover_sheet_pages(lines: list[Line]) -> set[int]:
    """Pages that are a fax's cover sheet: titled as a fax, with the sender's and the
    addressee's details ("To:", "From:") on them. Its phone and name are whoever sent the fax
    (often an agent), not the claimant's, which the form after it gives."""
    pages: set[int] = set()
    for page in {ln.page for ln in lines}:
        own = [ln for ln in lines if ln.page == page]
        titled = any(FAX_TITLE.match(c.text.strip()) for ln in own[:8] for c in ln.cells)
        routing = {c.text.strip()[:2].lower() for ln in own for c in ln.cells[:1]
                   if ROUTING.match(c.text.strip())}
        if titled and {"to", "fr"} <= routing:
            pages.add(page)
    return pages


POLICE_PAGE = re.compile(r"\b(?:police|polizei|constabulary|sheriff)\b", re.I)
DECLARATION = re.compile(r"^(?:I|We)\s+(?:hereby\s+)?(?:declare|certify|confirm|authori[sz]e)\b",
                         re.I)


# A questionnaire's question on a line of its own: "Were the police called, and if so ...?"
FORM_QUESTION = re.compile(r"^(?:were|was|did|do|does|is|are|has|have|had|what|where|when|who|"
                           r"which|how|why|please)\b[^?]*\?$", re.I)


def ends_text(nxt: Line, previous: Line, pitch: float | None) -> bool:
    """A narrative ends at a heading, a table row, or a wider gap than its own line pitch."""
    text = nxt.text.strip()
    if DECLARATION.match(text):
        return True
    numbered = NUMBERING.match(text) and len(text.split()) <= 7 and not text.endswith(".")
    finished = previous.text.rstrip().endswith((".", "!", '"', "”"))
    # an account printed in capitals wraps onto a short capitals line that ends its sentence
    # ("... STOLEN OVERNIGHT AND" / "HAS NOT BEEN RECOVERED."): no heading
    wraps = not finished and previous.text.strip().isupper() and text.endswith((".", "!")) and \
        not HEADING.match(text)
    if is_heading(nxt) and not wraps or numbered or (len(nxt.cells) > 1 and all(
            len(c.text) < 40 for c in nxt.cells)):
        return True
    if finished and FIRM.search(text) and not text.endswith("."):
        return True  # a caption naming a firm ("Builder's quote - Smith Building Pty Ltd")
    if finished and FORM_QUESTION.match(text):
        return True  # the form's next question, however close a scan set it under the answer
    # a wider gap than the pitch ends it; after a full stop a little wider is a paragraph break
    wider = 1.2 if finished else 1.35
    return pitch is not None and nxt.level - previous.level > wider * pitch


HINT_WORDS = re.compile(r"\b(?:attach|use|if|please|tick|check|continue|see|include|e\.g|"
                        r"optional|last|first|surname|separate|necessary|block|capitals)\b", re.I)


def drop_hint(words: list[Word]) -> list[Word]:
    """A label's parenthesised hint is no value: "(use the back of this form if needed)"."""
    opening = next((i for i, w in enumerate(words[:4]) if w.text.startswith(("(", "["))), None)
    if opening is None:
        return words
    if opening:  # "& DAMAGE (attach a sheet if necessary)": the rest of the label, then a hint
        closing = next((i for i, w in enumerate(words[opening:opening + 16], opening)
                        if w.text.rstrip(":.?").endswith((")", "]"))), None)
        hint = " ".join(w.text for w in words[opening:(closing or opening) + 1])
        if closing is None or not HINT_WORDS.search(hint) or any(
                c.isdigit() for w in words[:opening] for c in w.text):
            return words
        return [w for w in words[closing + 1:] if w.text.strip(SEPARATORS)]
    for i, word in enumerate(words[:16]):
        if any(c.isdigit() for c in word.text):
            return words  # "(415) 555-0134": a value, not a hint
        if word.text.rstrip(":.?").endswith((")", "]")):
            rest = words[i + 1:]
            return drop_hint(rest) if rest and rest[0].text.strip(SEPARATORS) else \
                [w for w in rest if w.text.strip(SEPARATORS)]
    return words


COMPANY_LEAD = re.compile(r"^(?:(?P<firm>company|business|firm|organi[sz]ation)(?:'?s)?|registered)"
                          r"(?=\s|$)\s*", re.I)


def company_label(text: str) -> tuple[str, int] | None:
    """Under the policyholder's own heading, a company's details are the claimant's: "Company
    telephone", "Registered address" as (field, end of the label); "Company Acme Ltd" or
    "Company name" as ("_company", end). None for any other text."""
    lead = COMPANY_LEAD.match(text)
    if lead is None:
        return None
    found = match_label(text[lead.end():])
    if found and found[0] in CLAIMANT_FIELDS:
        name = "_company" if found[0] == "claimant_name" else found[0]
        return name, lead.end() + found[1]
    return ("_company", lead.end()) if lead.group("firm") and found is None else None


NOT_INVOLVED = re.compile(r"\bnot\s+involved\b", re.I)


def row_set_aside(line: Line) -> bool:
    """A table row that a later cell marks as another party's or as not in the loss
    ("... | Third party vehicle", "... | Insured - not involved")."""
    return len(line.cells) > 1 and any(
        len(c.text.split()) <= 5 and (SECTION_OTHER.search(c.text) or NOT_INVOLVED.search(c.text))
        for c in line.cells[1:])
