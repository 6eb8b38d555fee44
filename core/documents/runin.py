"""Run-in statements: labels typeset inside running text, each after the last one's full stop.

"Policy no. POL-2025-100270. Claim ref. GN257926. Policyholder STANLEY, Richard. Date of
incident 11-Jun-2025. Place 43 Nielsen Steps, ..." A paragraph is read column by column (a
dense statement sets two columns side by side, every printed line holding a cell of each); each
sentence that starts with a field's label holds its value up to the next such sentence.
"""

from __future__ import annotations

import re

from core.documents.candidates import Collector
from core.documents.layout import Line
from core.documents.lexicon import match_label
from core.documents.pdf_text import Word

SENTENCE_START = re.compile(r"(?:^|(?<=[.;]))\s+(?=[A-Z])")
ITEM_NUMBER = re.compile(r"\s\(?[\da-z]{1,2}\.$")  # "3. Injuries": a form's item, no sentence


def _columns(lines: list[Line]) -> list[tuple[str, list[Word]]]:
    """Each column of each paragraph (lines set close together), its text and words."""
    out: list[tuple[str, list[Word]]] = []
    block: dict[float, tuple[list[str], list[Word]]] = {}
    previous: Line | None = None
    for line in lines:
        if previous is None or line.page != previous.page or \
                line.top - previous.bottom > 1.2 * line.height:
            out += [(" ".join(texts), words) for texts, words in block.values()]
            block = {}
        for cell in line.cells:
            key = next((x for x in block if abs(x - cell.x0) < 8), cell.x0)
            texts, words = block.setdefault(key, ([], []))
            texts.append(cell.text)
            words += cell.words
        previous = line
    out += [(" ".join(texts), words) for texts, words in block.values()]
    return out


def collect_runin(lines: list[Line], out: Collector) -> None:
    """Values after labels that start sentences inside a paragraph, two such labels or more."""
    for text, words in _columns(lines):
        starts = [m.end() for m in SENTENCE_START.finditer(" " + text)
                  if not ITEM_NUMBER.search(" " + text[:max(m.start() - 2, 0)] + ".")]
        labelled = [(s - 1, found) for s in starts if (found := match_label(text[s - 1:]))]
        if sum(1 for _s, found in labelled if found[0] != "other") < 2:
            continue
        for i, (start, (name, end)) in enumerate(labelled):
            stop = labelled[i + 1][0] if i + 1 < len(labelled) else len(text)
            value = text[start + end:stop].strip(" .:;")
            if match_label(value):
                continue  # a column of labels read down ("Address Phone (day) E-mail ..."),
                # no statement: its values stand in the next column
            if name == "other":
                out.add_decoy(value)
            elif value and not name.startswith("_"):
                out.add(name, value, words, 0.8)
