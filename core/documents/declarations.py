"""Stage 2c (part): statutory declarations and affidavits.

A declaration names its declarant in its opening words, with where they live ("I, ANN LEE, of
12 High Street, Leeds LS1 4AB, retired, do solemnly and sincerely declare ..."; an affidavit's
"... make oath and say"), and is dated where it is declared ("Declared at Leeds on 3 May
2026", "Sworn at Leeds this 3rd day of May 2026") before a witness (a justice of the peace, a
solicitor, a commissioner for oaths) whose own name, address and date are printed under it.
"""

from __future__ import annotations

import re

from core.documents.candidates import Collector
from core.documents.layout import Line
from core.documents.textmap import TextMap
from core.documents.validate import DATE_PATTERN

DECLARANT = re.compile(
    r"\bI,\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),"
    r"\s+of\s+(?P<rest>.{6,240}?),?\s+(?:do\s+(?:hereby\s+)?(?:solemnly|sincerely|truly|declare|"
    r"swear|affirm)|make\s+oath|(?:hereby\s+)?(?:solemnly\s+)?(?:declare|swear|affirm)\b)")
DECLARED = re.compile(r"^(?:declared|sworn|affirmed|subscribed(?:\s+and\s+sworn)?)\b.{0,60}?\bat\b",
                      re.I)
# "this 3rd day of May 2026": the day written out as an oath's jurat writes it
DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+", re.I)

# An affidavit's deponent, who "resides at" rather than is "of" an address: "I, ANN LEE, ID
# number ..., residing at 7 Elm Rd, Leeds LS1 4AB, contactable on ..., do hereby make oath and
# state": where the claimant lives, read sentence by sentence (sentences.sentence_values).
DEPONENT_HOME = re.compile(
    r"^\s*I,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},[^;]*?\b(?:residing|resident|living|"
    r"domiciled)\s+at\s+(?P<address>(?:\d|[A-Z])[^;]*?\d[^;]*?)(?=,\s+(?:and\s+)?(?:contactable|"
    r"reachable|tel|telephone|phone|mobile|cell|e-?mail|do|hereby|make|state|declare|solemnly|"
    r"swear|say)\b)")


def _home(rest: str) -> str:
    """The address the declarant is "of": its comma-separated parts up to the first that is not
    a place ("in the State of ...", "a teacher", "retired")."""
    kept: list[str] = []
    for part in rest.split(","):
        part = part.strip()
        if not part or not (part[0].isupper() or part[0].isdigit()):
            break
        kept.append(part)
    return ", ".join(kept)


def collect_declaration(lines: list[Line], paragraphs: list[TextMap], out: Collector) -> None:
    """The declarant's name and home from a declaration's opening words, and the day it was
    declared as the date reported."""
    for tmap in paragraphs:
        found = DECLARANT.search(tmap.text)
        if not found:
            continue
        out.add("claimant_name", found.group("name"),
                tmap.words_in(found.start("name"), found.end("name")), 0.85)
        home = _home(found.group("rest"))
        if any(c.isdigit() for c in home):
            start = found.start("rest")
            out.add("claimant_address", home, tmap.words_in(start, start + len(home)), 0.8)
        break
    for line in lines:
        for cell in line.cells:
            if not DECLARED.match(cell.text):
                continue
            below = [c for nxt in lines[line.index + 1:line.index + 3] if nxt.page == line.page
                     for c in nxt.cells if abs(c.x0 - cell.x0) < 6]
            for part in [cell, *below]:
                date = DATE_PATTERN.search(DAY_OF.sub(r"\1 ", part.text))
                if date:
                    out.add("date_reported", date.group(0), part.words, 0.8)
                    return


def deponent_home(s_text: str, words: list, out: Collector) -> None:
    """The home an affidavit's opening sentence gives its deponent ("I, ANN LEE, ID number ...,
    residing at 7 Elm Rd, Leeds LS1 4AB, contactable on ..."): the claimant's address."""
    deponent = DEPONENT_HOME.match(s_text)
    if deponent:
        out.add("claimant_address", deponent.group("address"), words, 0.74)
