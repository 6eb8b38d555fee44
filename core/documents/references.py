"""Which of a letter's references is the insurer's claim: "Your ref" or "Our ref".

A letter to the insurer (from the claimant or a broker) quotes the insurer's reference as
"Your ref"; a letter from the insurer to the claimant quotes it as "Our ref". Either way it is
the claim number, weaker than a label that says "claim".
"""

from __future__ import annotations

import re

from core.documents.layout import Line

YOUR_REF = re.compile(r"^(?:your|yr\.?)\s+ref(?:erence)?\.?(?:\s*(?:no\.?|number))?", re.I)
# "Our claim reference", "Our claim no.": the insurer's own form names its claim so.
OUR_REF = re.compile(r"^our\s+(?:ref(?:erence)?\.?(?:\s*(?:no\.?|number))?|"
                     r"claim\s+(?:ref(?:erence)?\.?|no\.?|number))", re.I)
TO_INSURER = re.compile(r"^(?:dear\s+(?:claims?\b|sirs?\b|madam|underwriter|colleagues|team)|"
                        r"to\s+whom\s+it\s+may\s+concern|"
                        r"(?:to|attn\.?|for\s+the\s+attention\s+of)\s*:?\s*(?:the\s+)?claims?\b)",
                        re.I)
TO_PERSON = re.compile(r"^dear\s+(?!claims?\b|sirs?\b|madam|underwriter|colleagues|team|all\b)"
                       r"(?:(?:mr|mrs|ms|miss|dr|mx)\.?\s+)?[A-Z][a-z]", re.I)
INSURER_WORDS = re.compile(r"\b(?:insurance|assurance|mutual|casualty|underwriters|"
                           r"versicherung\w*|assekuranz|assicurazioni|seguros)\b", re.I)

INTERMEDIARY = re.compile(r"\b(?:brokers?|brokerage|agency|agents?|intermediar\w*)\b", re.I)
# A loss adjuster's or assessor's letterhead: the firm reports to the insurer that appointed it.
ADJUSTING_FIRM = re.compile(r"\b(?:(?:loss\s+)?adjust(?:ers?|ors?|ing)|assessors?|"
                            r"claims\s+consult(?:ants?|ing))\b", re.I)
SALUTATION = re.compile(r"^(?:dear|hello|hi|to\s+whom)\b", re.I)


def insurer_reference(lines: list[Line]) -> re.Pattern[str] | None:
    """The reference label that names the insurer's claim in this document, if any."""
    if any(TO_INSURER.match(line.text) for line in lines):
        return YOUR_REF
    top = [ln for ln in lines[:3] if ln.page == lines[0].page]
    # An adjusting firm's report to the insurer that appointed it: "Your ref" is the insurer's
    # claim, "Our ref" the firm's own file.
    if top and ADJUSTING_FIRM.search(top[0].cells[0].text) and not any(
            TO_PERSON.match(line.text) for line in lines) and any(
            INSURER_WORDS.search(ln.text) for ln in lines[1:8]):
        return YOUR_REF
    # The insurer's letter to a person, or its own form (no salutation at all), quotes its
    # reference as "Our ref"; an intermediary's letterhead ("... Insurance Brokers") does not.
    insurer = any(INSURER_WORDS.search(ln.cells[0].text) and not INTERMEDIARY.search(
        ln.cells[0].text) for ln in top)
    if insurer and (any(TO_PERSON.match(line.text) for line in lines) or not any(
            SALUTATION.match(line.text) for line in lines)):
        return OUR_REF
    return None


def reference_in_text(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The reference label inside a line of text, after other words: "Re: Policy No. AW 708
    494 N - your reference CL/2026/718077"."""
    inner = re.compile(r"(?<=[\s,;(])" + pattern.pattern.lstrip("^"), pattern.flags)
    return inner.search(text)
