"""Stage 2b (part): where a label's value may stand: after it, in the next cell, below, above.

Only where words stand counts (inline labels, boxed cells with the label above or a caption
under the value, dotted leaders), never a particular insurer's template. The places are
offered best first; collect_labelled takes the first that holds a value.
"""

from __future__ import annotations

import re

from core.documents.layout import Cell, Line
from core.documents.lexicon import match_label
from core.documents.pdf_text import Word
from core.documents.sections import SEPARATORS, drop_hint, ends_text, is_label_cell

NEXT_LABEL = re.compile(r"\s(?=[A-Z][A-Za-z'’./ ]{1,28}:(?:\s|$))")
MULTILINE = ("incident_description",)
WRAPPING = ("claimant_address", "incident_location")
LABEL_TAIL = re.compile(r"^(?:of|for|to|in)\s+(?:the\s+|this\s+)?[a-z]+(?:\s+[a-z]+)?\s*[:?]?$",
                        re.I)
CITY_CAPTION = re.compile(r"\b(?:city|town|state|province|zip|post\s*code|postal)\b", re.I)


def words_after(cell: Cell, end: int) -> list[Word]:
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


def cut_at_next_label(words: list[Word]) -> list[Word]:
    """The words before the next label run on in the same text ("Ann Lee Date: 4 May")."""
    text = " ".join(w.text for w in words)
    match = NEXT_LABEL.search(text)
    if not match:
        return words
    keep = len(text[: match.start()].split())
    return words[:keep]


RUN_IN_LABEL = re.compile(r"[A-Z][A-Za-z'’ ]{1,28}:$")


def _before_run_in_label(words: list[Word]) -> list[Word]:
    """An account ends where, after a full stop, the next field's caption runs on in the same
    paragraph ("... carpet and bed. Loss location: 6 Elm Road.")."""
    for i in range(1, len(words)):
        if not words[i - 1].text.endswith("."):
            continue
        caption = next((" ".join(w.text for w in words[i:j + 1]) for j in range(i, min(
            i + 4, len(words))) if words[j].text.endswith(":")), "")
        found = match_label(caption) if RUN_IN_LABEL.fullmatch(caption) else None
        if found and found[0] not in ("other", "incident_description"):
            return words[:i]
    return words


def wrapped_prose(text: str, end: int | None = None) -> bool:
    """A line that starts with a label's word but in lower case, runs on past eight words and
    has no colon after that word ("car as I drove past. Both doors ..."): a wrapped sentence."""
    if end is None:
        found = match_label(text)
        end = found[1] if found else 0
    return text[:1].islower() and len(text.split()) > 8 and ":" not in text[:end + 2]


def _column_words(line: Line, x0: float, x1: float) -> list[Word]:
    return [w for w in line.words if w.x0 >= x0 - 4 and w.x0 < x1 - 2]


def words_below(lines: list[Line], line: Line, cell: Cell, right: float, multi: bool,
                narrative: bool = False) -> list[Word]:
    """The words under a label in its column: the next line, or the lines a `multi`-line
    value takes until a label, a gap or smaller print ends it."""
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
                narrative and wrapped_prose(first_cell.text)) or (
                narrative and ends_text(nxt, previous, pitch)):
            break
        if words and nxt.height < (0.78 if nxt.words[0].line >= 0 else 0.85) * previous.height:
            # smaller print under a value: the next box's label, not more of the value (an
            # OCR box's height moves with the glyphs a short line holds: more room there)
            break
        if words and not narrative and nxt.cells[0].x1 <= cell.x0 and is_label_cell(
                nxt.cells[0]):
            break  # a new question of the form starts left of the column: "Cause of loss:"
        if words:
            step = nxt.level - previous.level
            pitch = step if pitch is None else min(pitch, step)
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


def _claimed_above(lines: list[Line], line: Line) -> bool:
    """The line above is already the value of a row of labels over it, nearer to them than to
    this line ("NAME OF INSURED" / "Ann Lee" / "STREET ADDRESS"): this label captions nothing
    above; its value is below it."""
    if line.index < 2:
        return False
    value, labels = lines[line.index - 1], lines[line.index - 2]
    return labels.page == line.page and value.top - labels.bottom < line.top - value.bottom and \
        any(c.text.isupper() and match_label(c.text) is not None for c in labels.cells) and \
        all(is_label_cell(c) or c.text.isupper() for c in labels.cells) and \
        not any(ch.isdigit() for ch in labels.text)


def value_places(lines: list[Line], line: Line, ci: int, end: int, name: str,
                 captioned_form: bool = False):  # type: ignore[no-untyped-def]
    """Where the value may stand, best first: after the label, next cell, below, above."""
    cell = line.cells[ci]
    right = line.cells[ci + 1].x0 if ci + 1 < len(line.cells) else 10_000.0
    multi = name in MULTILINE
    if caption_row(lines, line, relaxed=captioned_form) and not _claimed_above(lines, line):
        yield "caption", _captioned(lines, line, cell, right if ci + 1 < len(line.cells)
                                    else 10_000.0, multi, name)
    same = cut_at_next_label(drop_hint(words_after(cell, end)))
    rest = " ".join(w.text for w in same)
    if LABEL_TAIL.match(rest) or (multi and len(rest.split()) <= 5 and not rest.endswith(".")
                                  and not any(c.isdigit() for c in rest)):
        same = []  # "Description | of the occurrence": the rest of the label, not a value
    if same:
        yield "same", _before_run_in_label(same + (words_below(lines, line, cell, 10_000.0,
                                                               True, True) if multi else []))
    if ci + 1 < len(line.cells) and (not is_label_cell(line.cells[ci + 1]) or
                                     line.cells[ci + 1].text[:1].islower()):
        # a cell that starts in lower case is a value ("car park of ..."), never a label
        value = line.cells[ci + 1]
        extra = _continued(lines, line, value, cell) if multi or name in WRAPPING else []
        yield "right", value.words + extra
    below_right = max(right, cell.x1 + 200) if ci + 1 == len(line.cells) else right
    below = words_below(lines, line, cell, below_right, multi or name in WRAPPING, multi)
    if name in WRAPPING:  # an address may take two or three short lines, no more
        rows = sorted({round(w.top) for w in below})[:3]
        below = [w for w in below if round(w.top) in rows and "@" not in w.text]
    yield "below", _before_run_in_label(below) if multi else below
    if name == "date_reported":
        yield "above", _above(lines, line, cell, right)

