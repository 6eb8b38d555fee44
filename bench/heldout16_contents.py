"""Held-out corpus 16 schedules: the renter's contents claim and the commercial auto claim."""

from __future__ import annotations

from bench.heldout16_case import Case, set_items
from bench.heldout16_draw import Page
from bench.heldout16_kit import MAKES, make_vin

CONTENTS = [("Laptop computer", "Dell", 700, 1400), ("Television, 55 in.", "Samsung", 450, 900),
            ("Bicycle", "Trek", 500, 1100), ("Game console", "Sony", 350, 550),
            ("Camera with lens", "Canon", 600, 1300), ("Jewellery (ring)", "Kay", 300, 1800),
            ("Winter coat", "Canada Goose", 600, 1200), ("Sofa", "Ashley", 700, 1600),
            ("Area rug", "Wayfair", 150, 450), ("Tablet", "Apple", 350, 900),
            ("Headphones", "Bose", 200, 400), ("Space heater", "Dyson", 300, 600)]
STORY = {"theft": "While I was at work someone forced the apartment door and took the items "
                  "listed below. The building manager confirmed the lock was broken.",
         "water_damage": "Water from the unit above overflowed and came through my ceiling, "
                         "soaking the furniture and electronics listed below.",
         "fire": "A fire in the neighbouring unit spread smoke and soot into my apartment; the "
                 "items below were ruined by smoke and by the water used to put it out."}


def draw_renter_contents(case: Case) -> bytes:
    rng, page = case.rng, Page(case.rng)
    landlord = case.party("landlord")
    case.story = STORY[case.incident_type]
    if "," not in case.street:   # a tenant rents a unit
        case.street += f", Apt {case.rng.randint(1, 24)}{case.rng.choice('ABCD')}"
        case.location = case.address
    manager = f"{case.rng.choice(['Parkview', 'Oakridge', 'Lakeside'])} Property Management"
    landlord.email = f"{landlord.name.split()[0].lower()}@{manager.split()[0].lower()}pm.com"
    picks = rng.sample(CONTENTS, rng.randint(3, 6))
    details = [(item, brand, rng.randint(1, 8), rng.uniform(lo, hi), rng.uniform(lo, hi))
               for item, brand, lo, hi in picks]
    set_items(case, [(item, cost) for item, _, _, _, cost in details])
    page.text(page.left, page.y + 14, case.insurer, 14, "B")
    page.text(page.left, page.y + 30, "TENANT'S PERSONAL PROPERTY CLAIM", 11, "B")
    page.text(page.left, page.y + 30, f"Renters policy {case.policy_number}", 9, align="R",
              width=page.width)
    page.y += 46
    half = page.width / 2 - 8
    page.text(page.left, page.y + 10, "TENANT (POLICYHOLDER)", 9, "B")
    page.text(page.left + half + 16, page.y + 10, "LANDLORD / PROPERTY MANAGER", 9, "B")
    page.y += 16
    tenant = [case.name, case.street, f"{case.city}, {case.region} {case.postcode}",
              f"Phone: {case.p(case.phone)}", f"E-mail: {case.email or '-'}"]
    owner = [landlord.name, manager, landlord.address, f"Phone: {case.p(landlord.phone)}",
             f"E-mail: {landlord.email}"]
    for n, (a, b) in enumerate(zip(tenant, owner, strict=True)):
        page.text(page.left, page.y + 10 + 13 * n, a, 9.5)
        page.text(page.left + half + 16, page.y + 10 + 13 * n,
                  b, page.fit(b, half, 9.5))
    page.y += 72
    for label, value in (("Claim number", case.claim_number or "Not yet assigned"),
                         ("Date of loss", case.d(case.loss)),
                         ("Location of loss", case.location),
                         ("Cause of loss", {"theft": "Burglary / theft", "fire": "Fire and smoke",
                                            "water_damage": "Water escape"}[case.incident_type]),
                         ("Police report number", case.police or "Not reported")):
        page.text(page.left, page.y + 10, label + ":", 9.5, "B")
        page.text(page.left + 130, page.y + 10, value, 9.5)
        page.y += 14
    page.y += 6
    page.heading("How did the loss happen?", case.story, 9.5)
    page.y += 8
    rows = [[item, brand, str(age), case.m(orig, "plain"), case.m(cost, "plain")]
            for (item, brand, age, orig, cost), (_, cost) in zip(details, case.items,
                                                                  strict=True)]
    rows.append(["TOTAL REPLACEMENT COST", "", "", "", case.m(case.claimed)])
    page.table([170, 90, 60, 96, 96], rows,
               header=["Item", "Brand", "Age (yrs)", "Original price", "Replacement cost"],
               aligns="LLRRR")
    page.y += 12
    page.para(f"Amounts in {case.currency}. Deductible under the policy: "
              f"{case.m(case.deductible)}. Receipts are attached where available.", 9)
    page.y += 30
    page.signature(case.name, case.d(case.reported), "Tenant's signature", "Date")
    return page.output()


def draw_commercial_auto(case: Case) -> bytes:
    rng, page = case.rng, Page(case.rng)
    driver, other = case.party("driver"), case.party("other_driver")
    tow = case.party("vendor")
    trade = f"{case.last} {rng.choice(['Landscaping', 'Plumbing', 'Catering', 'Roofing'])}"
    make, model, year = case.vehicle or ("", "", 0)
    case.story = (f"Our employee was driving the {model} to a job site when the other vehicle "
                  "ran the red light and struck the front of our vehicle. It could not be "
                  "driven and was towed from the scene.")
    wmi, omake, omodel = rng.choice(MAKES)
    oyear = rng.randint(2010, 2024)
    other_vin = make_vin(rng, wmi, oyear)
    other_claim = f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"
    itemised = rng.random() < 0.5
    if itemised:
        set_items(case, [("Body repair, front end", rng.uniform(1800, 5200)),
                         ("Paint and materials", rng.uniform(600, 1500)),
                         ("Towing and storage", rng.uniform(180, 480)),
                         ("Rental of replacement truck", rng.uniform(300, 900))])
    page.text(page.left, page.y + 14, case.insurer, 14, "B")
    page.text(page.left, page.y + 30, "COMMERCIAL AUTO - LOSS REPORT", 11, "B")
    page.y += 46
    sections = [
        ("NAMED INSURED", [("Named insured", f"{case.name} dba {trade}"),
                           ("Business address", case.address),
                           ("Business phone", case.p(case.phone)),
                           ("E-mail", case.email or "-"),
                           ("Policy no.", case.policy_number),
                           ("Claim no.", case.claim_number or "(assigned by carrier)")]),
        ("INSURED VEHICLE AND DRIVER", [
            ("Unit no.", f"{rng.choice(['T', 'U', '#'])}{rng.randint(2, 40)}"),
            ("Year / make / model", f"{year} {make} {model}"), ("VIN", case.vin or ""),
            ("Plate", f"{rng.choice(['7', '8', 'C', 'B'])}{rng.choice('KLMXZ')}"
                      f"{rng.choice('ABCDR')}{rng.randint(1000, 9999)}"),
            ("Driver (employee)", driver.name), ("Driver phone", case.p(driver.phone, "dash"))]),
        ("ACCIDENT", [("Date of loss", case.d(case.loss)), ("Location", case.location),
                      ("Police report no.", case.police or "None taken")]),
        ("OTHER VEHICLE", [("Other driver", other.name),
                           ("Phone", case.p(other.phone, "dot")),
                           ("Vehicle", f"{oyear} {omake} {omodel}"), ("VIN", other_vin),
                           ("Other insurer", f"Pacific Northern Mutual, claim {other_claim}")]),
        ("TOW YARD", [("Towed to", f"{tow.company.split()[0]} Towing & Storage"),
                      ("Address", tow.address), ("Phone", case.p(tow.phone))])]
    for title, rows in sections:
        page.rect(page.left, page.y, page.width, 13, fill=230, width=0.3)
        page.text(page.left + 4, page.y + 10, title, 8.5, "B")
        page.y += 16
        pairs, k = [], 0
        while k < len(rows):   # two to a line unless one of them is long
            short = all(len(v) < 30 for _, v in rows[k:k + 2])
            pairs.append(rows[k:k + 2] if short else rows[k:k + 1])
            k += len(pairs[-1])
        for pair in pairs:
            for j, (label, value) in enumerate(pair):
                x = page.left + j * page.width / 2
                page.text(x, page.y + 9, label + ":", 8.5, "B")
                page.text(x + 108, page.y + 9, value, page.fit(value, page.width - 112, 9))
            page.y += 14
        page.y += 4
    page.heading("Description of accident", case.story, 9.5)
    page.y += 8
    if itemised:
        page.table([380, 132], [[d, case.m(a, "plain")] for d, a in case.items]
                   + [["Total claimed", case.m(case.claimed)]],
                   header=["Estimate item", "Amount"], aligns="LR", size=9)
    else:
        page.text(page.left, page.y + 10, f"Total claimed: {case.m(case.claimed)}", 10, "B")
        page.y += 14
    page.text(page.left, page.y + 14, f"Collision deductible: {case.m(case.deductible)}", 9)
    page.y += 46
    page.signature(case.name, case.d(case.reported), "Named insured (owner)", "Date reported",
                   "lserif")
    return page.output()
