"""Dates that letters and e-mail printouts carry: which one is the date the claim was reported.

An e-mail thread prints a header block (From:, Sent:/Date:, To:, Subject:), an "On <date>,
<name> wrote:" line or a webmail printout's sender-and-date line per message. The claim was
reported when the claimant first wrote, not when the insurer replied or a broker forwarded it;
a letter is reported on the date printed at its top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.documents.candidates import EMAIL, Collector, person_name
from core.documents.layout import Line
from core.documents.lexicon import CLOSINGS, COMPANY_WORDS, DECOY, match_label
from core.documents.pdf_text import Word
from core.documents.validate import DATE_PATTERN, parse_date

HEADER = re.compile(r"^(?P<key>from|sent|date|to|cc|subject|von|de|gesendet|envoy[ée])\s*:\s*"
                    r"(?P<value>.*)$", re.I)
WROTE = re.compile(r"^(?:on|am|le)\s+(?P<when>.{6,60}?),?\s+(?P<who>[^,]{3,80}?)\s+"
                   r"(?:wrote|schrieb|a\s+écrit)\s*:?\s*$", re.I)
# A webmail printout (Gmail's "Print all") heads each message with one line, the sender's name
# and address on the left and the date it was sent on the right, then "To:":
# "Ann Lee <ann.lee@example.com>    Fri, 16 Jan 2026, 12:17".
PRINTED_SENDER = re.compile(r"^(?P<who>[^<>@]{2,60}?\s*<[\w.+-]+@[\w.-]+\w>)\s+(?P<when>.{6,60})$")
MAILBOX = re.compile(r"^(?:claims?|info|no-?reply|service|support|team|admin|contact|office|"
                     r"enquiries|help|notifications?|fnol|intake|mail)\b", re.I)
SALUTATION = re.compile(r"^(?:dear|hello|hi|to\s+whom)\b", re.I)
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# An insurer's, a broker's or an adjuster's domain: "harborline-ins.com", "acme-insurance.co.uk".
FIRM_DOMAIN = re.compile(r"(?:^|[.-])ins(?:[.-]|$)|insur|assur|versicher|adjust|broker|agency",
                         re.I)
QUOTE_MARK = re.compile(r"^-{2,}\s*(?:original|forwarded)\s+message", re.I)
# The notice a firm's mail system adds under its staff's messages.
DISCLAIMER = re.compile(r"\b(?:this|the)\s+(?:e-?mail|message)\s+(?:and\s+any\s+attachments?\s+)?"
                        r"(?:is|are|may\s+be)\s+(?:strictly\s+)?(?:confidential|privileged)", re.I)
STAFF_TITLE = re.compile(r"\b(?:adviser|advisor|specialist|coordinator|consultant|executive|"
                         r"representative|examiner|negotiator|supervisor)\b", re.I)
LETTER_DATE = re.compile(rf"^(?:{WEEKDAY},?\s+|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+)?(?P<date>.+?)"
                         r"(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\.?$", re.I)


@dataclass
class Message:
    sender: str = ""
    date: str = ""
    words: list[Word] = field(default_factory=list)
    sender_words: list[Word] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def _sender_name(text: str) -> str | None:
    """A sender's display name; a scan's OCR may read its first capital as a small letter
    ("jürgen E. Jansen"), the rest of the name still capitalised."""
    return person_name(text) or person_name(text[:1].upper() + text[1:])


def from_claimant(sender: str) -> bool:
    """A sender that is a person, not the insurer's mailbox, a firm or another party."""
    email = EMAIL.search(sender)
    name = sender[: email.start()] if email else sender
    name = name.strip(' "<>()[]')
    if email:
        local, _, domain = email.group(0).replace(" ", "").partition("@")
        if MAILBOX.match(local) or DECOY.search(domain) or FIRM_DOMAIN.search(domain) or \
                COMPANY_WORDS.search(domain.replace("-", " ").replace(".", " ")):
            return False
    if name and (COMPANY_WORDS.search(name) or DECOY.search(name) or not _sender_name(name)):
        return False
    return bool(name or email)


def signed_by_staff(body: list[str]) -> bool:
    """A message signed by a firm's staff: a job title or the firm's name under the name that
    signs it ("Eva Rossi / Senior Adjuster / Harbour Assurance"), or a firm's confidentiality
    notice at its foot. A claimant writing about their own loss signs with their name only."""
    if any(DISCLAIMER.search(text) for text in body):
        return True
    closing = next((i for i, text in enumerate(body) if CLOSINGS.match(text)), None)
    if closing is None:
        return False
    signature = [text for text in body[closing + 1: closing + 5] if text]
    return any(DECOY.search(text) or COMPANY_WORDS.search(text) or STAFF_TITLE.search(text)
               for text in signature[1:3] if not EMAIL.search(text))


def _messages(lines: list[Line]) -> list[Message]:
    messages: list[Message] = []
    current: Message | None = None
    quoted = False
    for line in lines:
        text = line.text.strip()
        wrote = WROTE.match(text)
        if wrote:
            date = DATE_PATTERN.search(wrote.group("when"))
            messages.append(Message(wrote.group("who"), date.group(0) if date else "",
                                    line.words, line.words))
            current, quoted = None, False
            continue
        printed = PRINTED_SENDER.match(text)
        sent = DATE_PATTERN.search(printed.group("when")) if printed else None
        if printed and sent:
            messages.append(Message(printed.group("who"), sent.group(0), line.words, line.words))
            current = None
            continue
        header = HEADER.match(text)
        if header is None:
            quoted = quoted or text.startswith(">") or bool(QUOTE_MARK.match(text))
            if messages and not quoted:  # a quote below it is another message's body
                messages[-1].body.append(text)
            current = None if current is not None and current.sender and current.date else \
                current
            continue
        key, value = header.group("key").lower(), header.group("value")
        if key in ("from", "von", "de") and (current is None or current.sender):
            current, quoted = Message(), False
            messages.append(current)
        if current is None:
            continue
        if key in ("from", "von", "de"):
            current.sender, current.sender_words = value, line.words
        elif key in ("sent", "date", "gesendet", "envoyé", "envoye") and DATE_PATTERN.search(
                value):
            current.date, current.words = value, line.words
    return [m for m in messages if m.date]


def collect_thread_dates(lines: list[Line], out: Collector) -> None:
    """The date the claimant first wrote (or, with no claimant among the senders, the thread's
    first message) as the date reported; a letter's own date line otherwise."""
    messages = _messages(lines)
    day_first = out.ctx.day_first

    def when(m: Message) -> str:
        try:
            return parse_date(m.date, day_first=day_first).isoformat()
        except ValueError:
            return "9999"

    own = [m for m in messages if from_claimant(m.sender) and not signed_by_staff(m.body)]
    if own:
        first = min(own, key=when)
        out.add("date_reported", first.date, first.words, 0.92)
        _thread_parties(first, [m for m in messages if m not in own], out)
    elif len(messages) >= 2:
        first = min(messages, key=when)
        out.add("date_reported", first.date, first.words, 0.7)
    if not messages:
        _letter_date(lines, out)


def _letter_date(lines: list[Line], out: Collector) -> None:
    """A line (or a cell) that is only a date, near the top of the first page, perhaps after
    a weekday or the town it was written in ("Leeds, 3 March 2026"): the letter's date."""
    first_page = [ln for ln in lines[:25] if ln.page == lines[0].page] if lines else []
    greeting = next((ln.index for ln in first_page if SALUTATION.match(ln.text)), None)
    for line in first_page:
        text = line.text.strip()
        last = line.cells[-1]
        if greeting is not None and line.index < greeting and len(line.cells) > 1 and not any(
                match_label(c.text) or c.text.rstrip().endswith(":") for c in line.cells):
            # the date set right on the line of a letter's heading or reference, above "Dear"
            text, line_words = last.text.strip(), last.words
        else:
            line_words = line.words
        shape = LETTER_DATE.match(text)
        for printed in (text.rstrip("."), shape.group("date").strip() if shape else ""):
            if DATE_PATTERN.fullmatch(printed):
                out.add("date_reported", printed, line_words, 0.62)
                return


def _thread_parties(first: Message, others: list[Message], out: Collector) -> None:
    """The claimant is whoever wrote the thread's first message of their own: the message an
    agent's reply quotes below it is the claimant's, so that sender's name and address are
    theirs even where a header addressed "To:" them marked them as somebody else's. The
    other senders (an insurer's mailbox, an adjuster, a broker) are decoys."""
    email = EMAIL.search(first.sender)
    name = _sender_name(first.sender[: email.start()].strip(' "<>()[]') if email else
                        first.sender)
    score = 0.9 if others else 0.85
    if email:
        address = email.group(0).replace(" ", "").lower()
        out.decoys.discard(address)
        out.add("claimant_email", address, first.sender_words, score)
    if name:
        out.decoys.discard(name)
        out.add("claimant_name", name, first.sender_words, score * 0.95)
    for message in others:
        out.add_decoy(message.sender)
