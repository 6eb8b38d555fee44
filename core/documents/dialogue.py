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

from core.documents.candidates import Collector, take_id
from core.documents.layout import Line
from core.documents.pdf_text import Word
from core.documents.validate import AMOUNT_PATTERN, DATE_PATTERN

TAG = re.compile(r"^(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s*)?(?P<who>[A-Za-z][\w.'-]*(?:\s[A-Za-z]"
                 r"[\w.'-]*)?)\s*:\s*(?P<rest>.*)$")
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
    ("date_of_loss", r"\bwhen\s+did\s+(?:this|it|the\s+\w+)\s+(?:happen|occur|take\s+place)|"
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
    turns: list[Turn] = []
    for line in lines:
        tag = TAG.match(line.text)
        if len(tags) >= 2 and tag and tag.group("who").lower() in tags:
            rest = tag.group("rest")
            start = len(line.words) - len(rest.split())
            turns.append(Turn(tag.group("who").lower(), rest, line.words[start:]))
        elif len(names) >= 2 and line.text.lower() in names:
            turns.append(Turn(line.text.lower(), ""))
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
        return bare.rstrip(".")
    return text


def collect_dialogue(lines: list[Line], out: Collector) -> None:
    """Each question's answer, by the other speaker in the next turn, for the field it asks."""
    turns = _turns(lines)
    for turn, reply in zip(turns, turns[1:], strict=False):
        asked = next((s for s in reversed(SENTENCE.findall(turn.text)) if ASKS.search(s)), "")
        if not asked or reply.who == turn.who or not reply.text:
            continue
        name = None if ABOUT_OTHERS.search(asked) else next(
            (n for n, pattern in QUESTION if pattern.search(asked)), None)
        value = _answer(name, reply.text) if name else None
        if name and value:
            out.add(name, value, reply.words, 0.86)
