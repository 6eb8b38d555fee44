"""Prose layouts of held-out corpus 12: claimant's letter, e-mail printout, lawyer's notice."""

from __future__ import annotations

from datetime import datetime, timedelta

from bench.heldout12_case import Claim
from bench.heldout12_draw import Pen
from bench.heldout12_forms import page_size
from bench.heldout12_words import type_word


def _loss_sentence(k: Claim) -> str:
    c, t = k.c, k.t
    what = type_word(c, t["incident_type"]).lower()
    return c.rng.choice(
        [
            f"I am writing to notify you of a claim for {what} which occurred on {k.d(k.loss)} "
            f"at {t['incident_location']}.",
            f"On {k.d(k.loss)} I suffered a loss ({what}) at {t['incident_location']}, and I would "
            f"like to make a claim under the above policy.",
            f"Please accept this letter as formal notice of a claim. The incident ({what}) took "
            f"place at {t['incident_location']} on {k.d(k.loss)}.",
        ]
    )


def _facts(k: Claim) -> list[str]:
    """Sentences carrying the police reference, the vehicle and the amount, with decoys."""
    c, t = k.c, k.t
    out = []
    if t["police_report_number"]:
        out.append(
            f"The matter was reported to the police, who gave me the reference "
            f"{t['police_report_number']}."
        )
    if k.car:
        out.append(
            f"The vehicle concerned is my {k.car_text()}, registration {k.plate}, "
            f"VIN {k.car[3]}, which I bought on {k.d(k.inception - timedelta(days=400))}."
        )
    else:
        out.append(
            f"I have held this policy since {k.d(k.inception)} and have made no other "
            f"claim since my last renewal."
        )
    out.append(
        c.rng.choice(
            [
                f"{k.shop.org} ({k.shop.phone}) have quoted for the work and I am claiming "
                f"{k.m(k.amount)} "
                f"in total. I note that my policy carries an excess of {k.m(k.deductible)}.",
                f"The total amount of my claim is {k.m(k.amount)}; an estimate from "
                f"{k.shop.org} is "
                f"available on request. My premium of {k.m(k.premium)} is paid up to date.",
            ]
        )
    )
    return out


def letter(k: Claim) -> Pen:
    """Layout 3: a typed letter from the claimant with a letterhead, signature and a cc."""
    c, t = k.c, k.t
    pen = Pen(page_size(k), c.rng.choice(["serif", "sans"]))
    align = c.rng.choice("LRC")
    head = [k.printed_name() if c.rng.random() < 0.5 else t["claimant_name"]]
    street, _, rest = t["claimant_address"].partition(", ")
    head += [street, rest] if c.rng.random() < 0.5 else [t["claimant_address"]]
    if k.phone:
        head.append(f"Tel: {k.phone}")
    if t["claimant_email"]:
        head.append(t["claimant_email"])
    y = 44
    for i, line in enumerate(head):
        pen.put(
            pen.l_margin,
            y,
            line,
            13 if i == 0 else 9.5,
            "B" if i == 0 else "",
            w=pen.inner,
            align=align,
        )
        y += 18 if i == 0 else 12
    pen.rule(y + 4)
    y += 18
    pen.put(pen.l_margin, y, k.d(k.reported, c.any_date_style()), 10)
    y += 24
    for line in ["Claims Department", k.insurer.org, *k.insurer.address.split(", ")]:
        pen.put(pen.l_margin, y, line, 10)
        y += 12.5
    y += 12
    refs = [f"Policy number {t['policy_number']}"]
    if t["claim_number"]:
        refs.append(f"Claim reference {t['claim_number']}")
    pen.put(pen.l_margin, y, "Re: " + " - ".join(refs), 10, "B")
    y += 24
    greet = c.rng.choice(
        ["Dear Sir or Madam,", f"Dear {k.adjuster.name},", "To whom it may concern,"]
    )
    paras = [greet, _loss_sentence(k), t["incident_description"], " ".join(_facts(k))]
    contact = [x for x in (k.phone, t["claimant_email"]) if x]
    if contact:
        paras.append(
            f"You can reach me on {' or at '.join(contact)}. My broker, {k.broker.name} "
            f"of {k.broker.org}, has a copy of this letter."
        )
    for p in paras:
        y = pen.para(pen.l_margin, y, pen.inner, p, 10.5) + 8
    y = pen.room(y + 4, 120)
    pen.put(
        pen.l_margin, y, c.rng.choice(["Yours faithfully,", "Sincerely,", "Kind regards,"]), 10.5
    )
    pen.put(pen.l_margin, y + 20, t["claimant_name"], 15, "I", family="serif")
    pen.put(pen.l_margin, y + 40, t["claimant_name"], 10.5)
    pen.put(
        pen.l_margin,
        y + 62,
        f"cc: {k.broker.name}, {k.broker.org}, {k.broker.address}, "
        f"tel. {k.broker.phone}, {k.broker.email}",
        8.5,
    )
    return pen


def email(k: Claim) -> Pen:
    """Layout 4: a printed e-mail with headers, a key: value list and a quoted agent message."""
    c, t = k.c, k.t
    t["claimant_email"] = t["claimant_email"] or c.email(t["claimant_name"])
    if c.rng.random() < 0.3:
        t["claimant_address"] = None
    pen = Pen(page_size(k), "sans")
    sent = datetime(
        k.reported.year,
        k.reported.month,
        k.reported.day,
        c.rng.randrange(7, 22),
        c.rng.randrange(60),
    )
    printed = sent + timedelta(days=c.rng.randrange(1, 6), hours=3)
    pen.put(pen.l_margin, 22, f"{printed:%d/%m/%Y %H:%M}", 7, w=120)
    pen.put(pen.l_margin, 22, f"Mail - {k.adjuster.name} - Outlook", 7, w=pen.inner, align="R")
    pen.put(pen.l_margin, 44, f"Claim notification - policy {t['policy_number']}", 14, "B")
    pen.rule(64)
    when = c.rng.choice(
        [
            f"{sent:%A}, {k.d(k.reported, 'long_uk')} {sent:%H:%M}",
            f"{sent:%a} {k.d(k.reported)} {sent:%I:%M %p}",
            f"{k.d(k.reported, 'long_us')} at {sent:%I:%M %p}",
        ]
    )
    heads = [
        ("From", f"{t['claimant_name']} <{t['claimant_email']}>"),
        ("To", f"claims@{k.insurer.email.split('@')[1]}"),
        ("Cc", k.agent.email),
        ("Sent", when),
        ("Subject", f"RE: Your policy {t['policy_number']} - new claim"),
    ]
    y = 70
    for name, value in heads:
        pen.put(pen.l_margin, y, f"{name}:", 9, "B", w=52)
        pen.put(pen.l_margin + 54, y, value, 9)
        y += 13
    pen.rule(y + 4, width=0.3)
    first = t["claimant_name"].split()[0]
    body = [
        f"Hi {k.agent.name.split()[0]},",
        f"Sorry to bother you - I need to make a claim. {_loss_sentence(k)}",
        t["incident_description"],
        "The details you asked for:",
    ]
    y += 14
    for p in body:
        y = pen.para(pen.l_margin, y, pen.inner, p, 10) + 6
    kv = [
        ("Policy no", t["policy_number"]),
        ("Date of loss", k.d(k.loss, c.any_date_style())),
        ("Amount claimed", k.m(k.amount)),
    ]
    if t["claim_number"]:
        kv.insert(1, ("Claim no (from the hotline)", t["claim_number"]))
    if t["police_report_number"]:
        kv.append(("Police ref", t["police_report_number"]))
    if k.car:
        kv += [("Car", k.car_text()), ("VIN", k.car[3])]
    if t["claimant_address"]:
        kv.append(("Address", t["claimant_address"]))
    if k.phone:
        kv.append(("Mobile", k.phone))
    for name, value in kv:
        pen.put(pen.l_margin + 14, y, f"- {name}: {value}", 10)
        y += 13.5
    y = pen.para(pen.l_margin, y + 8, pen.inner, f"Thanks,\n{first}", 10) + 14
    y = pen.room(y, 200)
    pen.use(9, "", "sans")
    pen.set_text_color(80, 80, 80)
    before = k.loss - timedelta(days=c.rng.randrange(10, 90))
    quoted = [
        "-----Original Message-----",
        f"From: {k.agent.name} <{k.agent.email}>",
        f"Sent: {before:%d %B %Y} 10:02",
        f"To: {t['claimant_email']}",
        "Subject: Your policy renewal",
        f"Hello {first}, your cover has been renewed from {k.d(k.inception)} to "
        f"{k.d(k.expiry)}. The annual premium is {k.m(k.premium)} and your excess stays at "
        f"{k.m(k.deductible)}. If you ever need to claim, reply to this e-mail.",
        f"{k.agent.name}",
        f"Account Manager, {k.agent.org}",
        k.agent.address,
        f"T {k.agent.phone} | {k.agent.email} | Licence {k.agent.ref}",
    ]
    for line in quoted:
        y = pen.para(pen.l_margin + 10, y, pen.inner - 10, "> " + line, 9) + 1
    pen.set_text_color(0, 0, 0)
    return pen


def lawyer(k: Claim) -> Pen:
    """Layout 8: a solicitor's notice of claim on behalf of the claimant (contact via the firm)."""
    c, t = k.c, k.t
    t["claimant_email"] = t["claimant_phone"] = None
    k.phone = None
    pen = Pen(page_size(k), "serif")
    firm = f"{k.broker.name.split()[-1]} & {k.witness.name.split()[-1]} " + c.rng.choice(
        ["Solicitors", "LLP", "Attorneys at Law", "Lawyers"]
    )
    pen.put(pen.l_margin, 40, firm.upper(), 16, "B", w=pen.inner, align="C")
    k.broker.email = f"{k.broker.name[0].lower()}.{k.broker.name.split()[-1].lower()}@" + (
        firm.split()[0].lower() + "-law.com"
    )
    pen.put(
        pen.l_margin,
        62,
        f"{k.broker.address}  |  T {k.broker.phone}  |  {k.broker.email}",
        8.5,
        w=pen.inner,
        align="C",
    )
    pen.rule(78, width=1.2)
    y = 92
    pen.put(
        pen.l_margin,
        y,
        c.rng.choice(["BY EMAIL AND POST", "WITHOUT PREJUDICE SAVE AS TO COSTS"]),
        9,
        "B",
    )
    pen.put(pen.l_margin, y, k.d(k.reported), 10, w=pen.inner, align="R")
    y += 22
    for line in [f"Claims Manager, {k.insurer.org}", *k.insurer.address.split(", ")]:
        pen.put(pen.l_margin, y, line, 10)
        y += 12.5
    y += 10
    refs = [
        ("Our client", t["claimant_name"]),
        ("Your insured", f"{k.other.name}"),
        ("Policy number", t["policy_number"]),
        ("Nature of claim", type_word(c, t["incident_type"])),
        ("Date of incident", k.d(k.loss)),
        ("Our reference", k.broker.ref),
    ]
    if t["claim_number"]:
        refs.append(("Your reference", t["claim_number"]))
    for name, value in refs:
        pen.put(pen.l_margin, y, f"{name}:", 10, "B", w=120)
        pen.put(pen.l_margin + 122, y, value, 10)
        y += 13
    y += 10
    paras = [
        "Dear Sir or Madam,",
        f"We are instructed by {t['claimant_name']} (date of birth {k.d(k.dob)}) of "
        f"{t['claimant_address']} in connection with an incident at {t['incident_location']} "
        f"on {k.d(k.loss)}.",
        t["incident_description"],
        f"We hold your insured responsible. We hereby claim the sum of {k.m(k.amount)} in "
        f"respect of our client's losses to date, plus our costs. We understand the policy limit "
        f"is {k.m(k.sum_insured)}.",
        f"Please acknowledge this letter within 21 days and direct all correspondence to this "
        f"office, not to our client. Any enquiries may be made to {k.broker.name} on "
        f"{k.broker.phone}.",
        "Yours faithfully,",
    ]
    for p in paras:
        y = pen.para(pen.l_margin, y, pen.inner, p, 10.5) + 7
    y = pen.room(y, 60)
    pen.put(pen.l_margin, y + 6, k.broker.name, 11, "I")
    pen.put(pen.l_margin, y + 22, f"Partner, {firm}", 9.5)
    pen.put(pen.l_margin, y + 38, f"cc: {t['claimant_name']} (client)", 8.5)
    return pen
