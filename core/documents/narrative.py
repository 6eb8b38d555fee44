"""Stage 2c (part): the loss description chosen by what a paragraph says, not by its heading.

Under an unfamiliar heading ("Your version of events", "Remarks") the account of the loss is
still recognisable: a paragraph of sentences that tell what happened to the claimant's
property (loss words, first person or the claimant by role), with no amounts, contact
details, references, legal declarations or letter formalities. Such a paragraph is a
low-scored candidate that a labelled or introduced account outranks.
"""

from __future__ import annotations

import re
from collections import defaultdict

from core.documents.candidates import EMAIL, PHONE, Collector
from core.documents.lexicon import classify_incident
from core.documents.roles import ROLE
from core.documents.validate import AMOUNT_PATTERN

Sentence = tuple[str, list, set[str], int]  # text, words, cues, paragraph number

# Whom the account is about: the writer, the claimant by role, or their property ("someone
# keyed the vehicle").
PERSON = re.compile(rf"\b(?:I|my|we|our|me|us|the\s+{ROLE}|the\s+driver|the\s+(?:vehicle|car|"
                    rf"house|home|property|premises))\b", re.I)
# Letter formalities, declarations and form instructions: not part of an account of the loss.
FORMAL_WORDS = (
    "dear", r"writing\s+to", r"wish\s+to", r"would\s+like\s+to", "please", "attached",
    "enclosed?", "declare", "certify", "authori[sz]e", r"true\s+and\s+complete", "fraud",
    "privacy", "consent", r"data\s+protection", "terms", "sincerely", "faithfully", "regards",
    "policy", r"claim\s+(?:no|number|ref)", "reference", r"(?:contact|call|reach)\s+me",
    "signature", "hereby", "form", "tick", r"office\s+use",
)
FORMALITY = re.compile(r"\b(?:" + "|".join(FORMAL_WORDS) + r")\b", re.I)
MONEY = re.compile(r"[$€£]|\b(?:USD|EUR|GBP)\b")


def _usable(text: str, cues: set[str]) -> bool:
    money = MONEY.search(text) and AMOUNT_PATTERN.search(text)
    return not (money or EMAIL.search(text) or PHONE.search(text) or FORMALITY.search(text)
                or "OTHER" in cues or "CONTACT" in cues or "AMOUNT" in cues)


def collect_narrative(sentences: list[Sentence], out: Collector) -> None:
    """Add the paragraph that reads most like an account of the loss (score at most 0.55)."""
    by_paragraph: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_paragraph[sentence[3]].append(sentence)
    best: tuple[float, list[Sentence]] | None = None
    for group in by_paragraph.values():
        kept = [s for s in group if _usable(s[0], s[2])]
        if len(kept) != len(group) and (not kept or kept[0] is group[0] and len(kept) < 2):
            continue  # a paragraph of formalities with one plain sentence is not an account
        text = " ".join(s[0] for s in kept)
        if len(text.split()) < 8 or not text.rstrip().endswith((".", "!", '"', "”")):
            continue
        loss = sum(1 for s in kept if "LOSS" in s[2])
        person = sum(1 for s in kept if PERSON.search(s[0]))
        # Nobody named, but a cause told ("Hail broke the roof tiles."): an account, weaker.
        told = not person and len(kept) <= 2 and classify_incident(text) is not None
        if not loss or not (person or told):
            continue
        score = min(0.55, 0.35 + 0.08 * loss + 0.04 * person) * (0.8 if told else 1.0)
        if best is None or score > best[0]:
            best = (score, kept)
    if best is not None:
        score, kept = best
        out.add("incident_description", " ".join(s[0] for s in kept),
                [w for s in kept for w in s[1]], score)
