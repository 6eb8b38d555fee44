"""Stage 2c (part): the loss sentence (when and where the loss happened) and its account.

The sentence that best tells when the loss happened gives the date of loss and, with the next
best ones, its place; the account of the loss is what that sentence goes on to tell, what
follows it in the letter, or what is quoted or introduced "as follows".
"""

from __future__ import annotations

import re

from core.documents.candidates import EMAIL, PHONE, Collector
from core.documents.sentences import FIRST_PERSON, MONEY_MARK, THIRD_PERSON, names_an_id
from core.documents.validate import AMOUNT_PATTERN, DATE_PATTERN

AT_PLACE = re.compile(r"\s(?:at|near|on)\s+(?P<place>(?:\d|[A-Z]).+?)(?:[.;]\s*$|$)")
# "on 2 March 2026 at my home, 6 Elm Road" or "... at pavement outside 15 Elm Road": a place
# right after the loss's date may start in lower case; it names a number or a proper name.
DATE_THEN_PLACE = re.compile(r"\s*,?\s*(?:at|near|in)\s+(?!about\b|around\b|approx|roughly\b|"
                             r"approximately\b|night\b|the\s+time\b)(?P<place>[a-z]+\b(?=[^.;:]*"
                             r"(?:\d|\s[A-Z]))[^.;]+?)(?:[.;]\s|[.;]?\s*$|(?=:\s))")
NOT_PLACE = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|the\s+(?:morning|evening|night|afternoon))\b", re.I)
TIME = re.compile(r"^\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h)\b", re.I)
AS_FOLLOWS = re.compile(r"\b(?:account|statement|what\s+happened|told\s+us|you\s+said|"
                        r"in\s+(?:his|her|their|my|your)\s+"
                        r"(?:own\s+)?words|described|describes|explained|stated|"
                        r"(?:about|of)\s+the\s+following)\b[^.]*:\s*$|"
                        r"^(?:here\s+is|this\s+is)\s+what\s+happened[.:]?\s*$", re.I)
# "Our client's account is as follows: "A branch fell ..."": the account quoted after the colon.
QUOTED_ACCOUNT = re.compile(r"\b(?:account|statement|version|what\s+happened|described|explained|"
                            r"stated|as\s+follows)\b[^.:]*:\s*[\"“](?=\S)", re.I)
# A place ends where its sentence goes on (", and our client ...", ", and I would like ...",
# " when the pipe burst", ", the following happened").
PLACE_END = re.compile(r",?\s+(?:and|but|when|where|while|which|who|after|before)\s+(?=[a-z])|"
                       r",?\s+(?:and|but|so)\s+(?:I|we|my|our|the\s+\w+\s+was)\b|"
                       r",\s+(?:which|where|when|while)\s+|\s+(?:when|while|because)\s+|"
                       # "..., Leeds, the following happened." hands over to the account
                       r",?\s+(?:the\s+following|this|that|what)\s+(?:is\s+what\s+)?"
                       r"(?:happened|occurred|took\s+place)\b")
# A clause that hands over to the account of the loss: "... this happened: the pipe burst".
# Or the sentence ends on the handover and the account is the next one: "On 3 May, at 6 Elm
# Rd, Leeds, the following happened. The pipe burst ...".
THEN_ACCOUNT = re.compile(r"\s*(?:\b(?:this|it|the\s+following|what)\s+(?:is\s+what\s+)?"
                          r"happened|\bas\s+follows)?\s*:\s+|"
                          r",?\s+(?:this|the\s+following)\s+(?:happened|occurred)\s*[.:]?\s*$",
                          re.I)
HAPPENED_AT = re.compile(r"^(?:this|it|that)\s+(?:all\s+)?(?:happened|occurred|took\s+place)\s+"
                         r"(?:at|on|in|near)\s+(?P<place>(?:\d|[A-Z])[^.;]+?)\.?$", re.I)
COVER = re.compile(r"\b(?:policy|premium|renewal|renewed|excess|deductible)\b", re.I)
IDENTIFIES = re.compile(r"\b(?:registration|chassis|vin|licen[cs]e\s+plate|number\s+plate|"
                        r"serial\s+number)\b", re.I)
# A short label and its value set as a sentence: "The leak was at: Unit 29, 378 Long Fwy".
STATED = re.compile(r"^(?:\S+\s+){0,5}\S+:\s+[A-Z0-9]")
PLACE_STATED = re.compile(r"^(?:the|it|this)\s+(?:\w+\s+){0,2}(?:was|happened|occurred|took\s+"
                          r"place)\s+(?:at|in)\s*:\s+(?P<place>[A-Z0-9][^;]*?\d[^;]*?)\.?\s*$",
                          re.I)
# The care after an injury: "I was treated at St Anne's by Dr Ann Lee."
TREATED = re.compile(r"\b(?:treated|examined|admitted|seen)\s+(?:at|by|in)\s+(?:the\s+)?[A-Z]|"
                     r"\bby\s+Dr\.?\s+[A-Z]")
# The papers sent with the letter: "I enclose the invoice ...", "Please find attached ...".
ENCLOSED = re.compile(r"\b(?:I|we)\s+(?:have\s+)?(?:enclose[ds]?|attach(?:ed)?)\b|"
                      r"\b(?:please\s+)?find\s+(?:enclosed|attached)\b|"
                      r"^(?:enclosed|attached)\s+(?:is|are|please\s+find)\b", re.I)
NUMBERED = re.compile(r"^\s*\d{1,2}[.)](?:\s|$)")

# A date that follows these words tells when somebody called, wrote or reported, not the loss.
REPORTING = re.compile(r"\b(?:call(?:ed)?|phoned|telephoned|spoke|wrote|written|e-?mail(?:ed)?|"
                       r"letter|reported|notified|informed|contacted|visited|inspected|quoted|"
                       r"invoiced|repaired|printed|sent|received|dated|signed|since)\b"
                       r"(?:\s+(?!that\b)\w+){0,3}\s+(?:on|of|dated)\s*$", re.I)

# A reply's line over the message it quotes: "On 1 May 2026, at 19:25, Ann Lee <..> wrote:".
ATTRIBUTION = re.compile(r"^(?:on|am|le)\s.{6,160}\b(?:wrote|schrieb|a\s+écrit)\s*:?$", re.I)
BORN = re.compile(r"\b(?:birth|born|d\.?o\.?b\.?)\s*:?\s*$", re.I)  # nobody's loss


def loss_date(s_text: str) -> re.Match[str] | None:
    """The sentence's date of the loss: the first one not after a reporting verb ("further to
    my call on 10 March, I write about the collision on 9 March" -> 9 March)."""
    return next((d for d in DATE_PATTERN.finditer(s_text)
                 if not REPORTING.search(s_text[max(0, d.start() - 40):d.start()]) and
                 not BORN.search(s_text[max(0, d.start() - 20):d.start()])), None)


def _loss_score(s_text: str, cues: set[str]) -> float:
    """How strongly a dated sentence tells when the loss happened."""
    if "OTHER" in cues or names_an_id(s_text) or not loss_date(s_text) or \
            ATTRIBUTION.match(s_text.strip()):
        return 0.0
    if "LOSS" in cues:
        return 0.72
    if s_text.lower().startswith("on "):
        return 0.66
    if FIRST_PERSON.search(s_text) or THIRD_PERSON.search(s_text):
        return 0.5
    return 0.0


def _loss_place(s_text: str, words: list, score: float, out: Collector) -> bool:
    """The place a loss sentence names after "at", "near" or "on" (True when it names one)."""
    date = loss_date(s_text)
    assert date is not None
    place = DATE_THEN_PLACE.match(s_text, date.end()) or AT_PLACE.search(
        s_text[date.end():]) or AT_PLACE.search(s_text[:date.start()])
    if not place or TIME.match(place.group("place")) or NOT_PLACE.match(place.group("place")):
        return False
    # "at Elm St, Dover, DE this happened: the pipe burst": the place ends at the account
    where = THEN_ACCOUNT.split(place.group("place"), maxsplit=1)[0]
    # the place ends where the sentence goes on ("..., MB, and I would like to claim")
    # and before the preposition of the date after it ("... ON M7A 4B9 on 3 May")
    where = PLACE_END.split(where, maxsplit=1)[0]
    where = re.sub(r"[\s,]+(?:on|at|in)\s*$", "", where)
    return bool(out.add("incident_location", where, words, score))


def _quoted_account(sentences: list[tuple[str, list, set[str], int]], out: Collector) -> None:
    """An account quoted after its introduction in the same sentence, up to the closing quote
    (which may be some sentences on, in the same paragraph)."""
    for i, (s_text, words, _c, number) in enumerate(sentences):
        opened = QUOTED_ACCOUNT.search(s_text)
        if opened is None:
            continue
        parts, found = [s_text[opened.end():]], list(words)
        for t, w, _c2, n in sentences[i + 1:i + 8]:
            if parts[-1].rstrip().endswith(('"', "”")) or n != number:
                break
            parts.append(t)
            found += w
        text = " ".join(parts).strip()
        if text.endswith(('"', "”")) and len(text.split()) >= 4:
            out.add("incident_description", text.rstrip('"” '), found, 0.75)


def loss_story(sentences: list[tuple[str, list, set[str], int]], starts: list[float],
                out: Collector) -> None:
    """The loss sentence (its date and place), and the narrative that follows or is quoted."""
    scored = [(_loss_score(t, c), i) for i, (t, _w, c, _n) in enumerate(sentences)]
    best_score, best = max(scored, key=lambda si: (si[0], -si[1]), default=(0.0, -1))
    if best_score > 0:
        s_text, words, _cues, _number = sentences[best]
        out.loss_sentence = s_text
        date = loss_date(s_text)
        assert date is not None
        out.add("date_of_loss", date.group(0), words, best_score)
        # the place from the loss sentence, else from the next best one that names the loss
        ranked = sorted((si for si in scored if si[0] > 0), key=lambda si: (-si[0], si[1]))
        for _score, i in ranked[:3]:
            if _loss_place(sentences[i][0], sentences[i][1], 0.62 if i == best else 0.58, out):
                break
        else:  # "... the roof lifted. This happened at 6 Elm Road, Leeds.": told just after
            for s_text, words, _c, _n in sentences[best + 1:best + 4]:
                there = HAPPENED_AT.match(s_text.strip())
                if there and out.add("incident_location", there.group("place"), words, 0.58):
                    break
    _quoted_account(sentences, out)
    for s_text, words, _c, _n in sentences:  # "The leak was at: Garage, 22 Elm Road, Leeds."
        stated = PLACE_STATED.match(s_text)
        if stated:
            out.add("incident_location", stated.group("place"), words, 0.6)
    # A narrative introduced by "... as follows:" is the next paragraph, whole.
    for i, (s_text, _w, _c, number) in enumerate(sentences):
        if AS_FOLLOWS.search(s_text):
            # The next paragraph in the same column or indented under it (not a sidebar's).
            following = next((n for n in range(number + 1, len(starts))
                              if starts[n] >= starts[number] - 6), None)
            quoted = [(t, w) for t, w, _c, n in sentences[i + 1:] if n == following]
            if quoted:
                out.add("incident_description", " ".join(t for t, _ in quoted),
                        [x for _, w in quoted for x in w], 0.75)
    if best_score <= 0:
        return
    story: list[tuple[str, list]] = []
    s_text, words, _cues, paragraph = sentences[best]
    story_paragraph = -1  # the paragraph the account has reached
    # the last handover: "Per insured: On 6 July, at ..., the following happened."
    told = next(reversed(list(THEN_ACCOUNT.finditer(s_text))), None)
    if told and s_text[:told.start()].count("(") > s_text[:told.start()].count(")"):
        told = None  # "Ann Lee (home: 7 Elm Rd; tel ...)": a caption inside brackets, no account
    if told and len(s_text[told.end():].split()) >= 4:  # the account follows in the sentence
        story.append((s_text[told.end():], words))
    for s_text, words, cues, number in sentences[best + 1:]:
        if story and told and number != paragraph:
            break  # an account begun inside the loss sentence ends with its paragraph
        if story and number != paragraph and number != story_paragraph and "LOSS" not in cues:
            break  # a new paragraph that tells of no loss: the letter has moved on
        money = AMOUNT_PATTERN.search(s_text) if MONEY_MARK.search(s_text) else None
        aside = story and number == story_paragraph and len(s_text.split()) <= 10 and \
            not any(c.isdigit() for c in s_text)  # "A neighbour saw what happened."
        if "OTHER" in cues and not aside or money or EMAIL.search(s_text) or \
                PHONE.search(s_text) or \
                "CONTACT" in cues or names_an_id(s_text) or NUMBERED.match(s_text) or \
                AS_FOLLOWS.search(s_text) or re.search(r"\bpolice\b", s_text, re.I) or \
                s_text.rstrip().endswith(":") or COVER.search(s_text) or \
                STATED.match(s_text) or IDENTIFIES.search(s_text) or TREATED.search(s_text) or \
                ENCLOSED.search(s_text) or HAPPENED_AT.match(s_text.strip()):
            break  # contacts, amounts, references and police reports are not the story, nor
            # a line that opens a list, nor what the writer says of the policy itself, nor
            # the sentence that identifies the vehicle (its registration, its chassis number),
            # nor who treated the injury afterwards
        story.append((s_text, words))
        story_paragraph = number
    if story:
        out.add("incident_description", " ".join(t for t, _ in story),
                [w for _, ws in story for w in ws], 0.6)
