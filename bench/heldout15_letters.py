"""Held-out corpus 15, prose documents: a broker's notification letter and a statutory
declaration in numbered paragraphs."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout15_case import POLICE_LABELS, STATIONS, Case, capital, make_number
from bench.heldout15_kit import Sheet, format_date, format_money
from bench.heldout15_places import STATES, firm_domain, make_address

LEFT, WIDTH = 22, 166


def draw_broker_letter(case: Case) -> bytes:
    """A broker writes to the insurer to notify a claim for its client."""
    rng, cur, code = case.rng, case.region.currency, case.region.code
    pdf = Sheet(rng.choice(("serif", "dserif", "sans")), auto_break=True)
    money = rng.choice(("symbol", "code"))
    style = rng.choice(("long", "ordinal", "slash"))
    firm = rng.choice(case.region.brokers)
    domain = firm_domain(firm, code)
    broker = case.party(domain)
    office = make_address(rng, case.region, business=True)
    licence = f"{case.region.licence} {rng.randint(200000, 999999)}"
    pdf.put(LEFT, 14, firm, 15, "B", w=WIDTH, align="C")
    pdf.put(LEFT, 21, office, 8.5, w=WIDTH, align="C")
    pdf.put(LEFT, 25.5, f"Telephone {broker.phone}   |   claims@{domain}", 8.5, w=WIDTH, align="C")
    pdf.rule(LEFT, 31, LEFT + WIDTH, 31, 0.6)
    y = 38
    pdf.put(LEFT, y, format_date(case.reported, style), 10.5)
    insurer_addr = make_address(rng, case.region, business=True)
    y = pdf.para(LEFT, y + 9, 90, f"The Claims Manager\n{case.insurer}\n"
                 + insurer_addr.replace(", ", "\n", 1), 10.5)
    ours = make_number(rng, "@@/####/##")
    if rng.random() < 0.4:
        case.claim_number = None
    yours = case.claim_number or "to be advised"
    pdf.put(120, 47, f"Your ref: {yours}", 10)
    pdf.put(120, 52.5, f"Our ref: {ours}", 10)
    pdf.put(LEFT, y + 6, rng.choice(("Dear Sir or Madam,", "Dear Claims Team,")), 10.5)
    pdf.put(LEFT, y + 14, f"Our client: {case.claimant.name.upper()}", 10.5, "B", w=WIDTH)
    pdf.put(LEFT, y + 19.5, f"Policy No. {case.policy_number}   -   Notification of claim",
            10.5, "B", w=WIDTH)
    case.show_email = rng.random() < 0.5
    reach = f" or by e-mail at {case.claimant.email}" if case.show_email else ""
    if rng.random() < 0.5:
        intro = (f"We act for the above-named insured and write to notify you of a claim under "
                 f"the policy. Our client lives at {case.claimant.address} and may be contacted "
                 f"directly on {case.claimant.phone}{reach} to arrange an inspection.")
        y = pdf.para(LEFT, y + 28, WIDTH, intro, 10.5, lh=5.6, align="J")
    else:
        y = pdf.para(LEFT, y + 28, WIDTH, "We act for the above-named insured and write to "
                     "notify you of a claim under the policy. Our client's details are:", 10.5,
                     lh=5.6)
        block = f"{case.claimant.name}\n{case.claimant.address}\nMobile: {case.claimant.phone}"
        block += f"\nE-mail: {case.claimant.email}" if case.show_email else ""
        y = pdf.para(LEFT + 12, y + 2, WIDTH - 12, block, 10.5, lh=5.6)
    case.description = f"{capital(case.story)}."
    police = (f" The matter was reported to {STATIONS[code]} ({POLICE_LABELS[code]} "
              f"{case.police})." if case.police else "")
    y = pdf.para(LEFT, y + 4, WIDTH, f"We are instructed that the loss occurred on "
                 f"{format_date(case.loss, style)} at {case.location}. {case.description}"
                 f"{police}", 10.5, lh=5.6, align="J")
    excess = format_money(case.money(100, 1000).quantize(1), cur, money)
    insured = format_money(case.money(200000, 700000).quantize(1000), cur, money)
    assessor = case.party()
    y = pdf.para(LEFT, y + 4, WIDTH, f"Our client's loss is presently estimated at "
                 f"{format_money(case.claimed, cur, money)}, before the policy excess of {excess}. "
                 f"The buildings sum insured is {insured}. We note that {assessor.name} "
                 f"(telephone {assessor.phone}) has been approached as loss assessor, and we "
                 f"should be grateful if you would appoint your own loss adjuster promptly.",
                 10.5, lh=5.6, align="J")
    y = pdf.para(LEFT, y + 4, WIDTH, "Please acknowledge this notification and quote our "
                 "reference on all correspondence.", 10.5, lh=5.6)
    y = pdf.para(LEFT, y + 6, WIDTH, f"Yours faithfully,\n\n\n{broker.name}\nAccount Executive, "
                 f"Claims\nDirect: {broker.phone}\n{broker.email}", 10.5, lh=5.2)
    pdf.set_auto_page_break(False)
    pdf.put(LEFT, 280, f"{firm}. {licence}.", 7, w=WIDTH, align="C")
    return pdf.output_bytes()


ACTS = {"GB": "Statutory Declarations Act 1835", "IE": "Statutory Declarations Act 1938",
        "AU": "Oaths Act 1900", "NZ": "Oaths and Declarations Act 1957",
        "IN": "Section 139 of the Code of Civil Procedure, 1908"}
WITNESS = {"GB": "Solicitor", "IE": "Commissioner for Oaths", "AU": "Justice of the Peace",
           "NZ": "Justice of the Peace", "IN": "Notary Public"}


def draw_stat_dec(case: Case) -> bytes:
    """`I, NAME, of ADDRESS ... do solemnly and sincerely declare` in numbered paragraphs."""
    rng, cur, code = case.rng, case.region.currency, case.region.code
    pdf = Sheet(rng.choice(("serif", "dserif")), auto_break=True)
    style = rng.choice(("long", "ordinal"))
    money = rng.choice(("symbol", "code"))
    case.show_email = False
    pdf.put(LEFT, 16, "STATUTORY DECLARATION", 16, "B", w=WIDTH, align="C")
    pdf.put(LEFT, 24, ACTS[code], 10, "I", w=WIDTH, align="C")
    where = ""
    if code == "AU":
        where = f", in the State of {STATES[case.claimant.address.split()[-2]]}"
    occupation = rng.choice(("retired", "a teacher", "a nurse", "a self-employed builder",
                             "an accountant"))
    y = pdf.para(LEFT, 36, WIDTH, f"I, {case.claimant.name.upper()}, of "
                 f"{case.claimant.address}{where}, {occupation}, do solemnly and sincerely "
                 f"declare that:", 11, lh=6, align="J")
    case.description = f"{capital(case.story)}."
    police = (f"The matter was reported to police at {STATIONS[code]} and I was given the "
              f"reference {case.police}." if case.police else
              "The matter was not reported to police as nothing suggested a crime.")
    paragraphs = [
        f"I am the insured under policy number {case.policy_number} issued by {case.insurer}, "
        f"and I make this declaration in support of my claim, claim number {case.claim_number}.",
        f"The loss occurred on {format_date(case.loss, style)} at {case.location}. "
        f"{case.description}",
        police,
        f"The value of the property lost or damaged is {format_money(case.claimed, cur, money)}, "
        f"which is the amount I claim. No other insurance covers this loss.",
        f"I can be contacted on {case.claimant.phone} about this declaration.",
    ]
    for n, text in enumerate(paragraphs, 1):
        pdf.put(LEFT, y + 4, f"{n}.", 11)
        y = pdf.para(LEFT + 8, y + 4, WIDTH - 8, text, 11, lh=6, align="J")
    y = pdf.para(LEFT, y + 6, WIDTH, "And I make this solemn declaration conscientiously "
                 "believing the same to be true, and by virtue of the provisions of the "
                 f"{ACTS[code]}.", 11, lh=6, align="J")
    parts = case.claimant.address.split(", ")
    town = " ".join(w for w in parts[-2 if code == "IE" else -1].split()
                    if not any(c.isdigit() for c in w))
    jp = case.party()
    y = max(y + 8, 200)
    pdf.put(LEFT, y, f"Declared at {town}", 11, w=80)
    pdf.put(LEFT, y + 7, f"on {format_date(case.reported, style)}", 11)
    pdf.put(LEFT, y + 16, case.claimant.name, 13, "I", family="serif")
    pdf.rule(LEFT, y + 22, LEFT + 70, y + 22)
    pdf.put(LEFT, y + 23, "Signature of declarant", 8)
    x = LEFT + 88
    pdf.put(x, y, "Before me:", 11)
    pdf.put(x, y + 9, jp.name, 13, "I", family="serif")
    pdf.rule(x, y + 15, x + 78, y + 15)
    pdf.para(x, y + 16, 78, f"{jp.name}, {WITNESS[code]}\nRegistration no. "
             f"{make_number(rng, '###-####')}\n{jp.address}\nPh {jp.phone}\nDate: "
             f"{format_date(case.reported + timedelta(days=rng.choice((0, 0, 1))), 'slash')}",
             8.5, lh=4.4)
    return pdf.output_bytes()
