"""A letter written for a client (a solicitor's, a loss assessor's): the client is the claimant.

"Our client: Ms Tracey Dobson, Flat 14D, Lloyd Corner, L9 8ES" names the claimant and, after the
first comma, their address. The writer's own details (the letterhead above the salutation, the
signature after the closing, "the writer is ..., direct line ...") are the firm's, not the
claimant's.
"""

from __future__ import annotations

import re

from core.documents.candidates import Collector, person_name
from core.documents.layout import Cell, Line
from core.documents.lexicon import CLOSINGS, match_label

OUR_CLIENT = re.compile(r"^(?:re:?\s+)?(?:our|my)\s+client(?:'?s\s+(?:full\s+)?name)?\s*[:\-–]\s*"
                        r"(?P<value>\S.+)$", re.I)
SALUTATION = re.compile(r"^dear\b", re.I)
WRITER = re.compile(r"\b(?:the\s+writer|direct\s+line|dealing\s+with\s+this)\b", re.I)


def collect_client(lines: list[Line], out: Collector) -> None:
    """The client a letter names is the claimant; the writing firm's contacts are decoys, and
    phones, e-mails and addresses read from its letterhead or signature are dropped."""
    found = next(((line, m) for line in lines if (m := OUR_CLIENT.match(line.text))), None)
    if found is None:
        return
    line, client = found
    name, _, address = client.group("value").partition(",")
    if person_name(name):
        out.add("claimant_name", name, line.words, 0.92)
    if any(c.isdigit() for c in address):
        out.add("claimant_address", address.strip(" ."), line.words, 0.86)
    greeted = next((ln.index for ln in lines if SALUTATION.match(ln.text)), None)
    closed = next((ln.index for ln in lines if CLOSINGS.match(ln.text)), None)
    firm: set[int] = set()
    for other in lines:
        if (greeted is not None and other.index < greeted) or (
                closed is not None and other.index > closed) or WRITER.search(other.text):
            firm.update(id(w) for w in other.words)
            for cell in other.cells:
                out.add_decoy(cell.text)
    for name in ("claimant_phone", "claimant_email", "claimant_address"):
        out.found[name] = [c for c in out.found.get(name, [])
                           if not any(id(w) in firm for w in c.words)]


GREETING = re.compile(r"^dear\s+(?:mr|mrs|ms|miss|mx|dr)\.?\s+(?:[A-Z][\w'’-]*\s+)*"
                      r"(?P<surname>[A-Z][\w'’-]+)\s*[,:]?$", re.I)


def collect_addressee(lines: list[Line], out: Collector) -> None:
    """A letter greeting "Dear Mrs Carter" is written to the person named "Mrs Zach Carter" in
    its address block above: the claimant, whose address is the block's next lines."""
    greeting = next(((ln, m) for ln in lines if (m := GREETING.match(ln.text))), None)
    if greeting is None:
        return
    line, found = greeting
    surname = found.group("surname").lower()
    for top in lines[:line.index]:
        cell = next((c for c in top.cells if c.text.split()[-1].lower() == surname and
                     re.match(r"(?:mr|mrs|ms|miss|mx|dr)\b", c.text, re.I)), None)
        if cell is None or not person_name(cell.text):
            continue
        out.add("claimant_name", cell.text, cell.words, 0.8)
        block: list[Cell] = []
        for below in lines[top.index + 1:min(top.index + 5, line.index)]:
            part = next((c for c in below.cells if abs(c.x0 - cell.x0) < 3), None)
            if part is None:
                continue  # a line of the column beside the address (the handler's e-mail)
            if match_label(part.text):
                break
            block.append(part)
        if block and any(ch.isdigit() for ch in block[-1].text):
            out.add("claimant_address", ", ".join(c.text.strip(" ,") for c in block),
                    [w for c in block for w in c.words], 0.8)
        return


RECEIVED = re.compile(r"\b(?:we|us)\s+(?:first\s+)?(?:received|were\s+(?:notified|told))\b"
                      r"[^.;]{0,40}?\bon\s+(?P<date>.{6,30})", re.I)


def collect_received(lines: list[Line], out: Collector) -> None:
    """An insurer's letter saying when it heard of the claim ("your claim, which we received
    on 27/07/2025") gives the date reported, not the letter's own date."""
    for line in lines:
        for found in RECEIVED.finditer(line.text):
            out.add("date_reported", found.group("date"), line.words, 0.9)


# A repairer's invoice made out to the insurer itself ("Bill to: Harbour Insurance, Claims"):
# sent in for the claim, so the day it was issued is the day the claim reached the insurer.
BILL_TO_INSURER = re.compile(r"^(?:bill(?:ed)?\s+to|invoice\s+to)\s*:?\s*[^:]*\b(?:insurance|"
                             r"insurers?|assurance|underwriters?|mutual|claims\s+department)\b",
                             re.I)
INVOICE_DATE = re.compile(r"^(?:tax\s+)?invoice\s+date\s*:?\s*(?P<date>.{6,30})$", re.I)


def collect_billed_insurer(lines: list[Line], out: Collector) -> None:
    """An invoice billed to the insurer gives its invoice date as the date reported."""
    if not any(BILL_TO_INSURER.match(line.text) for line in lines[:12]):
        return
    for line in lines[:12]:
        found = INVOICE_DATE.match(line.text)
        if found:
            out.add("date_reported", found.group("date"), line.words, 0.55)
            return
