"""Held-out corpus 9: a fleet loss report with a vehicle table, and a dense run-in statement."""

from __future__ import annotations

from bench.heldout9_draw import Doc, output
from bench.heldout9_kit import VEHICLES, Case, international, make_vin, shift
from bench.heldout9_letters import domain_of
from bench.heldout9_story import reference

SUFFIXES = ("Haulage Ltd", "Logistics Ltd", "Couriers Ltd", "Plant Hire Ltd", "Transport",
            "Distribution Pty Ltd", "Removals")


def plate(case: Case) -> str:
    r = case.rng
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    if case.region.code == "DE":
        return f"B-{r.choice(letters)}{r.choice(letters)} {r.randint(100, 9999)}"
    if case.region.code == "AU":
        return (f"{r.randint(1, 9)}{''.join(r.choice(letters) for _ in range(3))}-"
                f"{r.randint(100, 999)}")
    return (f"{''.join(r.choice(letters) for _ in range(2))}{r.randint(10, 75)} "
            f"{''.join(r.choice(letters) for _ in range(3))}")


def company(case: Case) -> str:
    while True:
        name = f"{case.fake.last_name()} {case.rng.choice(SUFFIXES)}"
        if name == name.title() and name.isascii() and len(name.split()) <= 4:
            return name


def fleet_report(case: Case) -> tuple[dict, bytes]:
    """A commercial motor loss report: the insured is a company, several vehicles listed."""
    rng = case.rng
    case.claimant.name = company(case)
    manager, driver, tp_driver = case.person(), case.person(), case.person(False)
    case.claimant.email = f"fleet@{domain_of(case.claimant.name, rng.choice(('.com', '.net')))}"
    broker = case.firm("Insurance Brokers", domain_of(case.fake.last_name(), "brokers.com"))
    make, model, year, vin = case.vehicle
    fleet = [(plate(case), f"{make} {model}", str(year), vin, "Insured - damaged, off road")]
    for role in ("Third party vehicle", "Insured - not involved", "Insured - courtesy/spare"):
        other = rng.choice(VEHICLES)
        other_year = rng.randint(2012, 2025)
        fleet.append((plate(case), f"{other[0]} {other[1]}", str(other_year),
                      make_vin(rng, other[2], other_year), role))
    head, *rest = fleet
    rest = rng.sample(rest, k=len(rest))
    fleet = [*rest[:1], head, *rest[1:]] if rng.random() < 0.5 else [head, *rest]
    known_claim = rng.random() < 0.5
    doc = Doc(("dcond",), margin=34)
    doc.set_fill_color(40, 40, 40)
    doc.rect(34, 30, doc.inner, 26, "F")
    doc.set_text_color(255)
    doc.put(40, 35, "COMMERCIAL MOTOR - FLEET INCIDENT & LOSS REPORT", "dcond", 13, "B")
    doc.set_text_color(0)
    doc.put(34, 62, f"Insurer: {case.extra['insurer']}   Fleet policy no.: {case.policy}   "
            f"Insurer claim no.: {case.claim if known_claim else 'to be allocated'}",
            "dcond", 8.5)
    doc.put(34, 74, f"Broker: {broker.name}, {broker.phone}, {broker.email}", "dcond", 8)

    def section(title: str) -> None:
        doc.ln(6)
        doc.set_font("dcond", "B", 9.5)
        doc.set_fill_color(215)
        doc.cell(doc.inner, 14, f"  {title}", fill=True, new_x="LMARGIN", new_y="NEXT")
        doc.ln(3)

    def pairs(items: list[tuple[str, str]]) -> None:
        for label, value in items:
            doc.put(34, doc.get_y(), label, "dcond", 8, "B", width=130)
            doc.para(value, "dcond", 8.5, x=168, width=doc.w - 202)

    doc.set_y(90)
    section("1. POLICYHOLDER")
    phone = international(case.claimant.e164) if rng.random() < 0.4 else case.claimant.phone
    pairs([("Company", case.claimant.name), ("Registered address", case.claimant.address),
           ("Company telephone", phone), ("Company e-mail", case.claimant.email),
           ("Fleet manager", f"{manager.name} (mobile {manager.phone}, {manager.email})")])
    section("2. INCIDENT")
    pairs([("Date of incident", case.date(case.loss)),
           ("Time", f"{rng.randint(6, 21):02d}:{rng.choice(('05', '20', '35', '50'))}"),
           ("Location", case.location), ("Driver", f"{driver.name}, tel. {driver.phone}"),
           ("Driver's account", case.story),
           ("Police reference", case.police or "Not reported"),
           ("Reported to insurer", case.date(case.reported))])
    section("3. VEHICLES")
    rows = [("Registration", "Make / model", "Year", "VIN / chassis", "Involvement"), *fleet]
    doc.table(rows, [70, 105, 35, 125, doc.inner - 335], "dcond", 7.5)
    tp_insurer = rng.choice(("Brightwater Insurance", "Allied Fleet Cover",
                             "Nordlicht Versicherung"))
    doc.para(f"Third party: {tp_driver.name}, {tp_driver.phone}, insured with {tp_insurer} "
             f"under policy {reference(rng, 'policy')}.", "dcond", 7.5)
    section("4. COSTS CLAIMED (net of recoverable tax)")
    rows = [("Item", f"Amount {case.region.currency}")]
    rows += [(d, case.money(a)) for d, a in case.items]
    rows += [(f"{case.region.tax[0]} (recoverable - not claimed)", case.money(case.tax)),
             ("Fleet excess (deducted at settlement)", case.money(case.excess)),
             ("TOTAL CLAIMED", case.money(case.subtotal))]
    doc.table(rows, [doc.inner - 120, 120], "dcond", 8, aligns="LR")
    doc.ln(8)
    doc.para(f"Signed for and on behalf of {case.claimant.name}: {manager.name}, Fleet "
             f"Manager. Date: {case.date(shift(case.reported, 0, 3, rng))}", "dcond", 8)
    truth = case.truth("fleet_report", claim_number=case.claim if known_claim else None,
                       claimed_amount=f"{case.subtotal:.2f}")
    return truth, output(doc)


def dense_statement(case: Case) -> tuple[dict, bytes]:
    """A policyholder statement set solid in two narrow columns, bold run-in labels, 7-8 pt."""
    rng, c, sym = case.rng, case.claimant, case.region.symbol
    size = rng.choice((7, 7.5, 8))
    witness, agent = case.person(), case.person()
    born = shift(case.loss, -24000, -7000, rng)
    inception = shift(case.loss, -300, -15, rng)
    prior = shift(case.loss, -1500, -400, rng)
    surname, first = c.name.split()[1], c.name.split()[0]
    vehicle = case.vehicle
    parts = [
        ("Policy no.", case.policy), ("Claim ref.", case.claim),
        ("Policyholder", f"{surname.upper()}, {first}"),
        ("Date of birth", case.date(born)), ("Address", c.address),
        ("Tel. (day)", c.phone), ("Email", c.email),
        ("Policy inception", case.date(inception)),
        ("Date of incident", case.date(case.loss, rng.choice(("long", "abbr")))),
        ("Place", case.location), ("Account of incident", case.story),
    ]
    if vehicle:
        parts.append(("Vehicle", f"{vehicle[0]} {vehicle[1]} {vehicle[2]}, VIN {vehicle[3]}"))
    parts += [("Police", case.police or "not reported"),
              ("Witness", f"{witness.name}, {witness.phone}"),
              ("Agent", f"{agent.name}, {agent.phone}, {agent.email}"),
              ("Previous claims", f"one, on {case.date(prior)}, ref. {reference(rng, 'claim')}, "
                                  f"settled at {sym}{case.money(case.excess * 3)}"),
              ("Excess", f"{sym}{case.money(case.excess)}"),
              ("Amount of claim", f"{sym}{case.money(case.subtotal)}"),
              ("Date notified", case.date(case.reported, "long"))]
    doc = Doc(("narrow",), margin=30)
    doc.put(30, 26, f"{case.extra['insurer'].upper()}  -  POLICYHOLDER'S STATEMENT OF LOSS",
            "narrow", 10, "B")
    doc.set_y(44)
    doc.para("This statement is made in support of a claim under the policy named below. "
             "Knowingly giving false information may make the policy void. Our claims line is "
             f"open 8am-8pm on {case.person().phone}.", "narrow", size)
    doc.ln(4)
    with doc.text_columns(ncols=2, gutter=14, text_align="J", balance=True) as cols:
        for label, value in parts:
            doc.set_font("narrow", "B", size)
            cols.write(text=f"{label} ")
            doc.set_font("narrow", "", size)
            if len(value) < 28:  # short values are typeset unbroken, as a word processor would
                value = value.replace(" ", "\u00a0")
            cols.write(text=f"{value.rstrip('.')}.  ")
    office = case.firm("Data Protection Office", domain_of(case.extra["insurer"], ".com"))
    doc.ln(8)
    doc.set_font("narrow", "", size - 0.5)
    with doc.text_columns(ncols=2, gutter=14, text_align="J", balance=True) as cols:
        cols.write(text="DECLARATION AND PRIVACY NOTICE. I declare that the information above is "
                   "true and complete and that I have not withheld any fact material to this "
                   "claim. I authorise the insurer to obtain reports from the police, repairers, "
                   "loss adjusters and other insurers, and to share claim details with fraud "
                   "prevention databases. Personal data are processed to administer the policy "
                   f"and this claim; write to the {office.name}, {office.address}, or e-mail "
                   f"{office.email}. Calls may be recorded. Complaints: {office.phone}. This "
                   "statement replaces any earlier version.")
    truth = case.truth("dense_statement", claimed_amount=f"{case.subtotal:.2f}", line_items=[])
    return truth, output(doc)
