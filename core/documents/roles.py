"""Stage 2c (part): whose details a sentence gives, from its role words.

A sentence that names the claimant by role ("our client KENNETH K. GRIFFITH", "caller identified
as Mcclure, Amanda, policyholder", "correspond with the client at 12 Oak St, ...") gives the
claimant's name, address, phone and e-mail; one that speaks of an agent, a witness or a repairer
gives theirs (decoys, handled in sentences.py).
"""

from __future__ import annotations

import re

from core.documents.candidates import EMAIL, PHONE, Collector

ROLE = (r"(?:claimant|insured|policy\s?holder|client|caller|customer|member|traveller|traveler|"
        r"patient|employee)")
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"  # accented names: "Hübel", "Østergård"
# A middle initial is a letter on its own ("Jo J. Lee"), not the first of a word ("Jo Jones")
NAME = (rf"(?P<name>[A-Z][{_LETTERS}'’-]+(?:\s+[A-Z]\b\.?)?"
        rf"(?:\s+[A-ZÀ-ÖØ-Þ][{_LETTERS}'’.-]+){{0,2}})")
LAST_FIRST = r"(?P<lf>[A-Z][A-Za-z'’-]+,\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.)?)"
ROLE_THEN_NAME = re.compile(
    rf"\b(?i:our|the|your|this|above-named|named)\s+(?i:{ROLE})\s*,?\s+"
    rf"(?:(?i:mr|mrs|ms|miss|dr)\.?\s+)?{NAME}(?=\s*(?:[,;.(]|\s-|\s+(?:of|who|has|is|was|"
    rf"reported|notified|called|wrote|at|on)\b|$))")
NAME_THEN_ROLE = re.compile(
    rf"(?:identified\s+as|named|called|this\s+is)\s+(?:{LAST_FIRST}|{NAME})\s*[,(]\s*"
    rf"(?:the\s+)?(?i:{ROLE})\b")
# The writer speaks for the claimant: "on behalf of my wife Denise Henson", "Denise Henson, who
# is the policyholder"; the sender's own name, mailbox and phone are then not the claimant's.
KIN = (r"(?:wife|husband|partner|spouse|son|daughter|mother|father|parent|brother|sister|friend|"
       r"relative|tenant|landlord|neighbou?r|employee|employer)")
ON_BEHALF = re.compile(rf"\b(?i:on\s+behalf\s+of|for)\s+(?:(?i:my|our)\s+(?i:{KIN})\s*,?\s+)?"
                       rf"{NAME}\s*,?\s+who\s+(?i:is|holds)\s+(?i:the|our|my)\s+"
                       rf"(?i:{ROLE}|named\s+insured)\b|"
                       rf"\b(?i:on\s+behalf\s+of)\s+(?i:my|our)\s+(?i:{KIN})\s*,?\s+"
                       rf"{NAME.replace('?P<name>', '?P<name2>')}")
HOME_ADDRESS = re.compile(r"\b(?:my|our|his|her|their)\s+(?:home\s+|postal\s+|mailing\s+)?address"
                          r"\s+(?:is|remains)\s+(?:(?:still|unchanged|the\s+same)\s*[:,-]?\s*)?",
                          re.I)
# A broker's or a solicitor's "Our client lives at 5 Elm Road, Leeds LS1 4AB and may be
# contacted on ...": the claimant's home, up to where the sentence goes on.
LIVES_AT = re.compile(rf"\b(?i:our|the|my)\s+(?i:{ROLE})\s+(?i:lives|resides|is\s+resident|is\s+"
                      rf"living)\s+at\s+")
LIVES_END = re.compile(r"\s+(?:and|who|where|but|since|with|from)\s+|;|\.\s*$|"
                       r"\.\s+(?=[A-Z][a-z]+\s+[a-z])")
# The rest of such a sentence when it is one address: a house number, then parts split by commas
# ("162 Main Street, Clontarf, Dublin 3, D03 X2Y4."), whatever the country's postcode.
_PART = r"(?:[^,.;:!?()]|\.(?=\s+[A-Z]))"  # "Co. Wicklow": an abbreviation's full stop
# French, Spanish and Italian streets are written with the street's kind in lower case ("63
# boulevard Voltaire", "12 rue des Lilas", "calle Mayor").
STREET_KIND = r"(?:rue|boulevard|bd|avenue|av|all[ée]e|impasse|place|quai|chemin|route|cours|" \
    r"calle|avenida|paseo|via|viale|piazza|corso)\b"
HOME_REST = re.compile(rf"\d{{1,5}}[A-Za-z]?\s+(?:[A-Z]|{STREET_KIND}){_PART}{{2,60}}?"
                       rf"(?:,\s*[A-Z0-9]{_PART}{{1,30}}){{1,4}}(?=\.?\s*$)")
# After "I write on behalf of my father, Jo Lee": "He lives at 7 Elm St, Reno, NV 89501 and
# can be reached ...": the person spoken for, named by a pronoun in the sentences that follow.
PRONOUN_LIVES_AT = re.compile(r"^(?:he|she|they)\s+(?:still\s+)?(?:lives?|resides?)\s+at\s+",
                              re.I)


def proxy_home(s_text: str, words: list, out: Collector) -> None:
    """The home of the person the writer speaks for, told with a pronoun after naming them."""
    lives = PRONOUN_LIVES_AT.match(s_text.strip())
    home = _lives_at(s_text.strip()[lives.end():]) if lives else None
    if home:
        out.add("claimant_address", home, words, 0.72)


def _lives_at(rest: str) -> str | None:
    """The home told after "lives at", up to where the sentence goes on."""
    cut = LIVES_END.search(rest)
    home_text = rest[:cut.start() if cut else len(rest)].strip(" ,.")
    return home_text if any(c.isdigit() for c in home_text) and len(home_text) < 120 else None


ROLE_WORD = re.compile(rf"\b{ROLE}(?:'s)?\b", re.I)
US_OR_INSURER = re.compile(r"\b(?:us|our|we|this\s+office)\b", re.I)
CONTACT_WORD = re.compile(r"\b(?:call\s?back|correspond(?:ence)?|contact(?:ed)?|reach(?:ed)?|"
                          r"telephone|phone|mobile|e-?mail)\b", re.I)
ADDRESS = re.compile(
    r"(?P<address>\d{1,5}[A-Za-z]?\s+[A-Z][\w'’.-]*(?:\s+[A-Za-z0-9][\w'’.-]*){0,4}"
    r"(?:,\s*(?:apt|suite|unit|flat)\.?\s*\w+)?,\s*[A-Z][\w'’. -]{1,30}?"
    r"(?:,\s*[A-Z]{2}\s+\d{5}|\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}))"
    r"|(?P<eu>[A-ZÄÖÜ][\wäöüß'’.-]+(?:\s+[\wäöüß'’.-]+){0,2}\s+\d{1,4}[a-z]?,\s*\d{4,5}"
    r"(?:\s+[A-Z]{2}(?=\s+[A-Z]))?\s+"  # a Dutch postcode's letters ("1016 DV Amsterdam")
    r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:am|an|im)\s+[A-Z][\w]+)?)")


def _cap(name: str) -> str:
    return " ".join(w if not w.isupper() or len(w) <= 2 else w.capitalize() for w in name.split())


def collect_roles(s_text: str, words: list, out: Collector) -> bool:
    """Claimant details stated in a sentence that names the claimant by role (or by nobody);
    True when the sentence says the writer writes for the claimant, whom it names."""
    proxy = ON_BEHALF.search(s_text)
    named = proxy is not None and out.add("claimant_name", _cap(
        proxy.group("name") or proxy.group("name2")), words, 0.85) is not None
    home = HOME_ADDRESS.search(s_text)
    address = home and (ADDRESS.match(s_text, home.end()) or HOME_REST.match(s_text, home.end()))
    if address:  # "Our home address is 12 Oak Street, Springfield, IL 62704."
        out.add("claimant_address", address.group(0), words, 0.7)
    lives = LIVES_AT.search(s_text)
    home_text = _lives_at(s_text[lives.end():]) if lives else None
    if home_text:
        out.add("claimant_address", home_text, words, 0.72)
    for match in ROLE_THEN_NAME.finditer(s_text):
        out.add("claimant_name", _cap(match.group("name")), words, 0.7)
    for match in NAME_THEN_ROLE.finditer(s_text):
        out.add("claimant_name", match.group("lf") or match.group("name"), words, 0.72)
    role = ROLE_WORD.search(s_text)
    if US_OR_INSURER.search(s_text) and not role:
        return named  # "call us on ...": the insurer's or the writer's own details
    if not (role or CONTACT_WORD.search(s_text)):
        return named
    if CONTACT_WORD.search(s_text) and (EMAIL.search(s_text) or PHONE.search(s_text)):
        score = 0.68 if role else 0.58
        out.add("claimant_phone", s_text, words, score)
        out.add("claimant_email", s_text, words, score)
    if role:
        for match in ADDRESS.finditer(s_text):
            out.add("claimant_address", match.group(0), words, 0.6)
    return named
