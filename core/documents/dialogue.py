"""Transcripts: a call log or a chat prints turns, each a speaker's words.

A speaker is a tag that starts three or more lines ("Caller:", "[15:50:17] Agent:") or a short
name standing alone on three or more lines (a chat's "You" above each message). A question one
speaker asks ("What's your policy number?", "When did it happen?") names the field that the
other speaker's next turn answers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from core.documents.candidates import Collector, person_name, take_id
from core.documents.layout import Line
from core.documents.lexicon import COMPANY_WORDS, match_label
from core.documents.pdf_text import Word
from core.documents.validate import AMOUNT_PATTERN, DATE_PATTERN

TAG = re.compile(r"^(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s*)?(?P<who>[A-Za-z][\w.'-]*(?:\s[A-Za-z]"
                 r"[\w.'-]*)?)\s*:\s*(?P<rest>.*)$")
# A transcript's heading names each party with their number.
PARTY_PHONE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3})\s*\((?P<phone>\+?\(?"
                         r"\d[\d\s()-]{6,}\d)\)")
STAMPED = re.compile(r"^(?P<who>[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,2}),?\s+(?:\d{1,2}[/.-]"
                     r"\d{1,2}[/.-]\d{2,4},?\s+)?\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?$", re.I)
ALONE = re.compile(r"^[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*)?$")
# What a question asks for, the first that fits: an e-mail address before an address.
QUESTIONS = [
    ("claimant_email", r"\be-?mail\b"),
    ("policy_number", r"\bpolicy\s+(?:number|no\b)"),
    ("police_report_number", r"\bpolice\b|\bcrime\s+(?:number|reference)"),
    ("claimant_phone", r"\b(?:phone|telephone|mobile|contact)\s+number|\bnumber\s+(?:to|for)\s+"
                       r"(?:call|reach|contact)|\bcall\s+you\s+back"),
    ("claimant_name", r"\bwho\s+am\s+i\s+speaking|\byour\s+(?:full\s+)?name\b|\bwho\s+is\s+"
                      r"calling"),
    ("claimant_address", r"\baddress\b"),
    ("date_of_loss", r"\bwhen\s+(?:and\s+where\s+)?did\s+(?:this|it|the\s+\w+)\s+"
                     r"(?:happen|occur|take\s+place)|"
                     r"\bwhat\s+date\b|\bdate\s+of\s+the\s+(?:loss|incident|accident)"),
    ("incident_location", r"\bwhere\b(?!.*\b(?:send|reach|contact|call|live)\b)"),
    ("incident_description", r"\bwhat\s+happened|\bown\s+words|\bdescribe\b"),
    ("claimed_amount", r"\bclaiming\b|\bhow\s+much\b|\bamount\s+(?:claimed|of\s+the\s+claim)"),
]
QUESTION = [(name, re.compile(pattern, re.I)) for name, pattern in QUESTIONS]
# A question about somebody else: "Did anyone see what happened?", "Have you had any quotes?"
ABOUT_OTHERS = re.compile(r"\b(?:anyone|anybody|someone|witness\w*|other\s+(?:driver|party)|"
                          r"quotes?|repairer|garage|doctor)\b", re.I)
SENTENCE = re.compile(r"[^.?!]+[.?!]?")
ASKS = re.compile(r"\?|^\s*(?:please|tell\s+(?:me|us)|type|enter|give|confirm)\b", re.I)
LEAD_IN = re.compile(r"^(?:(?:yes|yeah|yep|sure|ok(?:ay)?|um+|uh+|er+|so|well|hi|hello|that\s+"
                     r"was|it\s+was|it'?s|it\s+is|this\s+is|i'?m|i\s+am|my\s+name\s+is|at|"
                     r"speaking)\b[,.]?\s*)+", re.I)


@dataclass
class Turn:
    who: str
    text: str
    words: list[Word] = field(default_factory=list)


def _turns(lines: list[Line]) -> list[Turn]:
    """The document's turns, or none when it prints no two speakers."""
    tagged = Counter(m.group("who").lower() for line in lines if (m := TAG.match(line.text)))
    alone = Counter(line.text.lower() for line in lines if ALONE.match(line.text))
    tags = {who for who, n in tagged.items() if n >= 3}
    names = {who for who, n in alone.items() if n >= 3}
    # a messaging app's export heads each message with its sender and time: "Ann 16/03/2026 07:52"
    stamped = Counter(m.group("who").lower() for line in lines if (m := STAMPED.match(line.text)))
    names |= {who for who, n in stamped.items() if n >= 2}
    turns: list[Turn] = []
    for line in lines:
        tag = TAG.match(line.text)
        if len(tags) >= 2 and tag and tag.group("who").lower() in tags:
            rest = tag.group("rest")
            start = len(line.words) - len(rest.split())
            turns.append(Turn(tag.group("who").lower(), rest, line.words[start:]))
        elif len(names) >= 2 and line.text.lower() in names:
            turns.append(Turn(line.text.lower(), ""))
        elif len(names) >= 2 and (stamp := STAMPED.match(line.text)) and \
                stamp.group("who").lower() in names:
            turns.append(Turn(stamp.group("who").lower(), ""))
        elif turns and len(turns[-1].words) < 80:  # the turn carries on
            turns[-1].text = f"{turns[-1].text} {line.text}".strip()
            turns[-1].words += line.words
    return turns if len({t.who for t in turns}) >= 2 else []


def _answer(name: str, text: str) -> str | None:
    """The value an answer gives, its small talk left out."""
    text = text.strip()
    if name in ("policy_number", "police_report_number"):
        tokens = text.split()
        return next((v for i in range(len(tokens)) if (v := take_id(" ".join(tokens[i:])))), None)
    if name == "date_of_loss":
        found = DATE_PATTERN.search(text)
        return found.group(0) if found else None
    if name == "claimed_amount":
        amounts = [m for m in AMOUNT_PATTERN.finditer(text) if m.group("pre") or "." in m.group(0)]
        return amounts[-1].group(0) if amounts else None
    bare = LEAD_IN.sub("", text)
    if name == "claimant_name":
        bare = re.split(r"[,;.!]|\s[-–]\s", bare)[0].strip()
        return bare.title() if bare.islower() else bare
    if name in ("claimant_address", "incident_location"):
        # "When and where?" - "On 4 May 2026, at 12 Elm St": the place without its date
        on = re.match(r"on\s+", bare, re.I)
        dated = DATE_PATTERN.match(bare, on.end() if on else 0)
        if dated:  # a date alone names no place
            bare = re.sub(r"^[\s,.]*(?:at\s+)?", "", bare[dated.end():])
        return bare.rstrip(".") if re.search(r"[A-Za-z]{3}", bare) else None
    return text


# Answers free enough to swallow another field's value, read only for a question on their own.
FREE_ANSWERS = ("claimant_address", "incident_location", "incident_description")


def _asked_fields(asked: str) -> list[str]:
    """The fields a question asks for: each of its parts' first ("your full name and policy
    number?" asks for both), a free-text field only when it is the one asked."""
    if ABOUT_OTHERS.search(asked):
        return []
    first = next((n for n, pattern in QUESTION if pattern.search(asked)), None)
    parts = [next((n for n, pattern in QUESTION if pattern.search(part)), None)
             for part in re.split(r"\s+and\s+|,\s*", asked)]
    # "When and where?": the place follows the date in the answer, its date left out
    free = ("incident_location",) if first == "date_of_loss" else ()
    more = [n for n in dict.fromkeys(parts) if n and n != first and
            (n not in FREE_ANSWERS or n in free)]
    return ([first] if first else []) + (more if first not in FREE_ANSWERS else [])


def _call_date(lines: list[Line], turns: list[Turn], out: Collector) -> None:
    """A call log's heading dates the call, the day the loss was reported: "Call ID 4659 |
    2026-05-09 | Agent ..." over the turns (none about the loss or a birth)."""
    first = turns[0].words[0] if turns[0].words else None
    for line in lines[:4]:
        if first is not None and first in line.words:
            break
        date = DATE_PATTERN.search(line.text)
        if date and not re.search(r"\b(?:loss|incident|accident|birth|born|policy|expir)",
                                  line.text[:date.start()], re.I):
            out.add("date_reported", date.group(0), line.words, 0.6)
            return


def collect_dialogue(lines: list[Line], out: Collector) -> None:
    """Each question's answer, by the other speaker in the next turn, for the field it asks."""
    turns = _turns(lines)
    for turn in turns:  # the claims team's messages: "call me direct on ..." is theirs
        if COMPANY_WORDS.search(turn.who):
            out.add_decoy(turn.text)
    for line in lines[:4] if turns else []:  # "Between Ann Lee (0412 ...) and Acme Claims (...)"
        for party in PARTY_PHONE.finditer(line.text):
            if person_name(party.group("name")):
                out.add("claimant_phone", party.group("phone"), line.words, 0.75)
            else:
                out.add_decoy(party.group("phone"))
    for turn, reply in zip(turns, turns[1:], strict=False):
        asked = next((s for s in reversed(SENTENCE.findall(turn.text)) if ASKS.search(s)), "")
        if not asked or reply.who == turn.who or not reply.text:
            continue
        for name in _asked_fields(asked):
            value = _answer(name, reply.text)
            if value:
                out.add(name, value, reply.words, 0.86)
    if turns:
        _call_date(lines, turns, out)


def collect_questions(lines: list[Line], out: Collector) -> None:
    """A form that asks in full ("On what date did the accident happen?", "Were the police
    called, and if so what is their reference number?"): the answer after the question mark,
    in the next cell or on the line under it."""
    for line in lines:
        cell = line.cells[0]
        mark = cell.text.find("?")
        question = cell.text[:mark + 1]
        if mark < 0 or len(question.split()) < 4 or match_label(cell.text) or \
                ABOUT_OTHERS.search(question) or re.search(r"[.!]\s", question):
            continue
        name = next((n for n, pattern in QUESTION if pattern.search(question)), None)
        if name is None:
            continue
        rest = cell.text[mark + 1:].strip()
        words = cell.words[len(question.split()):]
        if not rest and len(line.cells) > 1:
            rest, words = line.cells[1].text, line.cells[1].words
        below = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if not rest and below is not None and below.page == line.page and \
                below.top - line.bottom < 2 * line.height and "?" not in below.text and \
                not match_label(below.cells[0].text):
            rest, words = below.cells[0].text, below.cells[0].words
        value = _answer(name, rest) if rest else None
        if value:
            out.add(name, value, words, 0.8)
