"""Stage 2c (part): the claimant's contact details where letters and e-mails keep them.

An e-mail's From: header, a letter's sender block at the top, the block signed under a
closing, a name with its address, phone and e-mail lines anywhere, and the letter's date. A
block signed by an adjuster, an officer or a firm, or under another party's caption, is a decoy.
"""

from __future__ import annotations

import re

from core.documents.candidates import EMAIL, PHONE, Collector, person_name
from core.documents.layout import Line
from core.documents.lexicon import CLOSINGS, COMPANY_WORDS, DECOY, names_other_party
from core.documents.threads import FIRM_DOMAIN, MAILBOX, collect_thread_dates
from core.documents.validate import DATE_PATTERN

FROM_HEADER = re.compile(r"^from:\s*(?P<name>[^<(\[@]*?)\s*[<(\[]?(?P<email>[\w.+-]+ ?@ ?[\w.-]+\w)"
                         r"[>)\]]?\s*$", re.I)
WROTE = re.compile(r"^on\s.{6,60}?,\s*(?P<name>[^<,]+?)\s*<(?P<email>[^>]+)>\s*wrote:?$", re.I)
# A web mail's printout heads each message with the sender alone, no "From:" before it, and
# the addressee on the next line: "Ann Lee <ann.lee@example.com>" / "To: claims@...".
SENDER_LINE = re.compile(r"^(?P<name>[^<@:]{2,60}?)\s*<(?P<email>[\w.+-]+ ?@ ?[\w.-]+\w)>$")
TO_LINE = re.compile(r"^to\s*:", re.I)


def collect_contacts(lines: list[Line], out: Collector) -> None:
    """Add the claimant's name, address, phone and e-mail found in contact blocks."""
    _header_and_signature(lines, out)


def _header_and_signature(lines: list[Line], out: Collector) -> None:
    for i, line in enumerate(lines):
        text = line.text.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        header = FROM_HEADER.match(text) or WROTE.match(text) or (
            SENDER_LINE.match(line.cells[0].text.strip()) if nxt is not None and
            nxt.page == line.page and TO_LINE.match(nxt.text) else None)
        if header:  # a sender; the insurer's mailbox or a firm's staff is not the claimant
            name, email = header.group("name").strip(' "'), header.group("email")
            if MAILBOX.match(email) or COMPANY_WORDS.search(name) or DECOY.search(name) or \
                    DECOY.search(email.split("@")[-1]) or FIRM_DOMAIN.search(email.split("@")[-1]) \
                    or COMPANY_WORDS.search(email.split("@")[-1].replace("-", " ")):
                out.add_decoy(text)
            else:
                if name:
                    out.add("claimant_name", name, line.words, 0.8)
                out.add("claimant_email", email, line.words, 0.85)
        if CLOSINGS.match(text):
            block: list[Line] = []
            for nxt in lines[i + 1: i + 7]:  # the signature: lines close under the closing
                previous = block[-1] if block else line
                room = 2.5 if block else 6.0  # room to sign under the closing, then close lines
                if nxt.page != line.page or nxt.top - previous.bottom > room * previous.height:
                    break
                block.append(nxt)
            copied = next((k for k, b in enumerate(block) if b.text.lower().startswith(
                ("cc", "enc", "p.s", "attach"))), len(block))
            for b in block[copied:]:  # "cc: the agent": copied to somebody else, not signed
                out.add_decoy(b.text)
            block = block[:copied]
            if any(DECOY.search(b.text) or COMPANY_WORDS.search(b.text) for b in block[1:3]):
                for b in block:  # signed by an adjuster, an officer, a firm: not the claimant
                    out.add_decoy(b.text)
                continue
            if block and person_name(block[0].text):
                out.add("claimant_name", block[0].text, block[0].words, 0.75)
                for extra in block[1:]:
                    if extra.text.lower().startswith(("cc", "enc", "p.s")):
                        break
                    if EMAIL.search(extra.text) or PHONE.search(extra.text):
                        out.add("claimant_phone", extra.text, extra.words, 0.7)
                        out.add("claimant_email", extra.text, extra.words, 0.7)
                _block_address(block[1:], out, 0.7)
    _sender_block(lines, out)
    _contact_blocks(lines, out)
    collect_thread_dates(lines, out)


def _block_address(block: list[Line], out: Collector, score: float, single: bool = False
                   ) -> None:
    """The address lines of a signature or contact block, one address: a street line and the
    town line under it are joined ("685 Collins Crossing Suite 403, Kendrahaven, DC 16890").
    A lone line is an address when it holds a comma (street and town on one line), or, with
    `single`, any line with a digit."""
    def address_line(line: Line) -> bool:
        text = line.text
        return any(c.isdigit() for c in text) and len(text) < 80 and not (
            EMAIL.search(text) or PHONE.search(text))

    runs: list[list[Line]] = [[]]
    for b in block:
        if address_line(b) and len(runs[-1]) < 3:
            runs[-1].append(b)
        else:
            runs.append([b] if address_line(b) else [])
    for run in runs:
        if len(run) > 1 or run and ("," in run[0].text or single):
            out.add("claimant_address", ", ".join(r.text.strip(" ,") for r in run),
                    [w for r in run for w in r.words], score)


def _contact_blocks(lines: list[Line], out: Collector) -> None:
    """A name on a line of its own followed by address, phone or e-mail lines, anywhere.

    A block under another party's caption ("Your claims handler") is theirs: a decoy.
    """
    for i, line in enumerate(lines):
        if len(line.cells) != 1 or not person_name(line.text):
            continue
        block: list[Line] = []
        for nxt in lines[i + 1: i + 5]:
            if nxt.page != line.page or nxt.top - (block[-1] if block else line).bottom > \
                    1.2 * line.height or abs(nxt.words[0].x0 - line.words[0].x0) > 6:
                break
            block.append(nxt)
        if not block or not any(EMAIL.search(b.text) or PHONE.search(b.text) for b in block):
            continue
        above = lines[i - 1].text if i else ""
        # "Our client's details are:" introduces the claimant's block; "Our assessor:" does
        # not; "OTHER PARTY" over its rows reads like a name: it is the caption of their block
        if names_other_party(above.lower()) or DECOY.search(line.text) or any(
                DECOY.search(b.text) or COMPANY_WORDS.search(b.text)
                for b in block[:2] if not PHONE.search(b.text)):
            for b in [line, *block]:
                out.add_decoy(b.text)
            continue
        out.add("claimant_name", line.text, line.words, 0.66)
        for b in block:
            if EMAIL.search(b.text) or PHONE.search(b.text):
                out.add("claimant_phone", b.text, b.words, 0.7)
                out.add("claimant_email", b.text, b.words, 0.7)
        _block_address(block, out, 0.66, single=True)


TOWN_LINE = re.compile(r"^[A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]*){0,3}(?:,?\s+[A-Z]{2,3})?$")


def _sender_block(lines: list[Line], out: Collector) -> None:
    """A letter's sender: a name at the top, then address lines, then phone or e-mail."""
    top = [ln for ln in lines[:8] if ln.page == lines[0].page] if lines else []
    for i, line in enumerate(top[:3]):
        if not person_name(line.text) or len(line.cells) > 1:
            continue
        caption = next((c.text for c in top[i - 1].cells if abs(c.x0 - line.words[0].x0) < 6),
                       "") if i else ""
        if DECOY.search(caption):  # under "Assigned adjuster": their card, not the sender
            for other in top[i:]:
                out.add_decoy(other.text)
            return
        out.add("claimant_name", line.text, line.words, 0.68)
        address: list[Line] = []
        reached = False  # the contact line after the address: the sender's block ends there
        for nxt in top[i + 1:]:
            text = nxt.text
            if DATE_PATTERN.search(text) or text.lower().startswith(("re:", "dear", "subject")):
                break
            if EMAIL.search(text) or PHONE.search(text):
                out.add("claimant_phone", text, nxt.words, 0.72)
                out.add("claimant_email", text, nxt.words, 0.72)
                reached = bool(address)
                continue
            if reached:
                break  # an address after the sender's phone and e-mail is the addressee's
            town = bool(address) and bool(TOWN_LINE.match(text)) and not COMPANY_WORDS.search(
                text) and nxt.top - address[-1].bottom < 1.5 * nxt.height
            if len(address) < 4 and len(text) < 80 and (any(c.isdigit() for c in text) or town):
                address.append(nxt)  # street, town and postcode may each take a line
            else:
                break
        if address:
            out.add("claimant_address", ", ".join(a.text.strip(" ,") for a in address),
                    [w for a in address for w in a.words], 0.7)
        return
    _unnamed_sender(top, out)


def _unnamed_sender(top: list[Line], out: Collector) -> None:
    """A personal letter headed by its writer's address alone, the date under it and the name
    only at the foot ("171 Rowan Grove / Bristol BS7 8QT / 26-12-2025 / Claims Department"):
    the address lines from the first, when a date line ends them and a salutation follows."""
    address: list[Line] = []
    for line in top:
        text = line.text
        if DATE_PATTERN.fullmatch(text.strip(" ,.")):
            break
        if len(line.cells) > 1 or len(text) > 60 or COMPANY_WORDS.search(text) or \
                EMAIL.search(text) or PHONE.search(text) or len(address) == 4:
            return
        if not (any(c.isdigit() for c in text) or address and TOWN_LINE.match(text)):
            return
        address.append(line)
    else:
        return
    if len(address) >= 2 and any(ln.text.lower().startswith("dear") for ln in top) and \
            re.match(r"\d|[A-Z][a-z]*\s+\d", address[0].text):
        out.add("claimant_address", ", ".join(a.text.strip(" ,") for a in address),
                [w for a in address for w in a.words], 0.64)
