"""Sections and column headings: whose details the labels under them ask for.

A heading such as "Witness", "Vehicle B" or "Broker", or a row of column headings such as
"AGENCY | CARRIER", puts the labels under it in another party's hands: a "Name" or "Phone"
there is not the claimant's.
"""

from __future__ import annotations

import re

from core.documents.layout import Cell, Line
from core.documents.lexicon import DECOY, NUMBERING, match_label

HEADING = re.compile(r"^(?:\d{1,2}[.)]|[A-Z]\.|section\s+\d+)\s", re.I)


def is_label_cell(cell: Cell) -> bool:
    """A label of any kind: a known field label, 'Something:', another party's caption."""
    text = cell.text
    words = text.split()
    return bool(match_label(text)) or (text.endswith(":") and len(words) <= 5) or \
        (text.endswith("?") and len(words) <= 6) or bool(DECOY.match(text))


def is_heading(line: Line) -> bool:
    """A numbered or all-capitals short line: a form's section heading."""
    text = line.text.strip()
    return bool(HEADING.match(text)) or (text.isupper() and len(text.split()) <= 6)


SECTION_OTHER = re.compile(
    r"\b(?:witness(?:es)?|agent|broker|intermediary|agency|repairer|provider|doctor|physician|"
    r"hospital|other\s+(?:part(?:y|ies)|drivers?|vehicles?)|third\s+part(?:y|ies)|vehicle\s+b|"
    r"driver\s+b|adjuster|handler|officer|insurer'?s)\b", re.I)
CLAIMANT_FIELDS = ("claimant_name", "claimant_email", "claimant_phone", "claimant_address",
                   "_surname", "_forename")


def section_heading(line: Line) -> bool:
    """A heading line: one short cell, no digits beyond a section number, no colon value."""
    text = re.sub(r"\s*\([^)]*\)", "", line.text).strip()  # "LOSS (SECTION 2)"
    words = text.split()
    return len(line.cells) == 1 and 1 <= len(words) <= 7 and not text.endswith(":") and \
        not any(c.isdigit() for c in NUMBERING.sub("", text)) and "," not in text and \
        (text.isupper() or is_heading(line) or text.istitle())


def party_columns(line: Line) -> list[tuple[float, float]] | None:
    """A row of column headings ("AGENCY | CARRIER", "VEHICLE A | VEHICLE B"): the x ranges of
    the columns that belong to another party; None when the line is no such row."""
    cells = line.cells
    if len(cells) < 2 or any(len(c.text.split()) > 3 or any(ch.isdigit() for ch in c.text)
                             or ":" in c.text for c in cells):
        return None
    ranges = [(c.x0 - 4, cells[i + 1].x0 if i + 1 < len(cells) else 10_000.0)
              for i, c in enumerate(cells) if SECTION_OTHER.search(c.text)
              and not match_label(c.text.replace("(", " "))]
    return ranges or None
