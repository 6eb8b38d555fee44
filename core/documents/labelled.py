"""Stage 2b: values that stand next to a label: right of it, in the next cell, or below it.

Works on any form layout (inline, boxed cells with the label above, dotted leaders) because it
only looks at where words stand, never at a particular insurer's template.
"""

from __future__ import annotations

import re

from core.documents.candidates import Collector
from core.documents.layout import Cell, Line
from core.documents.lexicon import DECOY, match_label
from core.documents.pdf_text import Word

SEPARATORS = " :#.-–|"
NEXT_LABEL = re.compile(r"\s(?=[A-Z][A-Za-z'’./ ]{1,28}:(?:\s|$))")
MULTILINE = ("incident_description",)
BASE = {"same": 0.9, "right": 0.86, "below": 0.8, "above": 0.55}
GENERIC = {"name", "date", "location", "car", "total", "address", "vehicle", "residence"}


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


def is_label_cell(cell: Cell) -> bool:
    text = cell.text
    return bool(match_label(text)) or (text.endswith(":") and len(text.split()) <= 5) or \
        (text.endswith("?") and len(text.split()) <= 6)


def _column_words(line: Line, x0: float, x1: float) -> list[Word]:
    return [w for w in line.words if w.x0 >= x0 - 4 and w.x0 < x1 - 2]


def _below(lines: list[Line], line: Line, cell: Cell, right: float, multi: bool) -> list[Word]:
    words: list[Word] = []
    previous = line
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
        if first_cell is not None and is_label_cell(first_cell):
            break
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


def collect_labelled(lines: list[Line], out: Collector) -> set[int]:
    """Add a candidate for every labelled value; returns ids of the words used as values."""
    used: set[int] = set()
    for line in lines:
        for ci, cell in enumerate(line.cells):
            found = match_label(cell.text)
            if not found or found[0] == "other":
                continue
            name, end = found
            label = cell.text[:end].strip(SEPARATORS).lower()
            weight = 0.75 if label in GENERIC else 1.0
            right = line.cells[ci + 1].x0 if ci + 1 < len(line.cells) else 10_000.0
            multi = name in MULTILINE
            words = _cut_at_next_label(_after(cell, end))
            place = "same"
            if not words and ci + 1 < len(line.cells) and not is_label_cell(line.cells[ci + 1]):
                words, place = line.cells[ci + 1].words, "right"
            if not words:
                below_right = max(right, cell.x1 + 200) if ci + 1 == len(line.cells) else right
                words, place = _below(lines, line, cell, below_right, multi), "below"
            elif multi:
                words = words + _below(lines, line, cell, 10_000.0, True)
            if not words and name == "date_reported":
                words, place = _above(lines, line, cell, right), "above"
            if not words:
                continue
            raw = " ".join(w.text for w in words)
            if name != "incident_description" and DECOY.search(label):
                continue
            if out.add(name, raw, words, BASE[place] * weight):
                used.update(id(w) for w in words)
    return used
