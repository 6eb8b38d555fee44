"""The commercial fleet accident report of the third held-out corpus."""

from __future__ import annotations

from bench.heldout3_forms import contact_pairs, grid, heading, items_table
from bench.heldout3_kit import Case, Doc, fold


def layout_fleet(case: Case) -> Doc:
    """A commercial motor fleet accident report: the policyholder (the claimant) apart from
    the employed driver and the third party, who bring their own names, phones and policy."""
    rec, rng = case.record, case.rng
    doc = Doc(case, rng.choice(("Helvetica", "Times")))
    doc.text_line(f"{case.insurer} Commercial", 14, "B")
    doc.text_line("FLEET MOTOR ACCIDENT REPORT", 11, "B")
    if rec.get("claim_number"):
        doc.text_line(f"Insurer use - claim no.: {rec['claim_number']}", 9, align="R")
    surname = rec["claimant_name"].split()[-1]
    heading(doc, "Section A - Policyholder / operator")
    a = [("Policyholder", case.name()),
         ("Trading as", fold(f"{surname} {rng.choice(('Logistics', 'Haulage', 'Couriers'))}")),
         ("Fleet policy no.", rec["policy_number"]),
         ("Fleet account ref.", case.ref("FA", 6))]
    a += contact_pairs(case, "Business address", "Telephone", "E-mail")
    grid(doc, a)
    heading(doc, "Section B - Driver at the time of the accident")
    driver = case.person()
    grid(doc, [("Driver's name", driver),
               ("Date of birth", case.date(case.birth_date())),
               ("Driving licence no.", case.ref("DL", 9)),
               ("Driver's mobile", case.decoy_phone()),
               ("Employed since", case.date(case.decoy_date(rec["date_of_loss"], -2500, -90)))])
    heading(doc, "Section C - Insured vehicle")
    c = [("Fleet no.", str(rng.randint(10, 480))), ("Registration", case.plate())]
    if rec.get("vehicle_vin"):
        make_model, year = rec["vehicle_make_model_year"].rsplit(" ", 1)
        c += [("Make / model", make_model), ("Year of manufacture", year),
              ("VIN", rec["vehicle_vin"])]
    c.append(("Odometer", f"{rng.randint(5, 240) * 1000 + rng.randint(0, 999)}"))
    grid(doc, c)
    heading(doc, "Section D - The accident")
    d = [(rng.choice(("Date of accident", "Occurred", "Loss date")),
          case.date(rec["date_of_loss"])),
         ("Time", f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"),
         ("Type", case.type_label()),
         ("Location", rec["incident_location"]),
         ("Description (driver's account)", rec["incident_description"])]
    if rec.get("police_report_number"):
        d.append(("Police reference", rec["police_report_number"]))
    grid(doc, d)
    heading(doc, "Section E - Third party")
    other = case.person()
    grid(doc, [("Name", other), ("Telephone", case.decoy_phone()),
               ("Address", case.address()), ("Registration", case.plate()),
               ("Their insurer", rng.choice(("Fairway Insurance", "Lionsgate Motor Ltd"))),
               ("Their policy no.", f"TP-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}")])
    heading(doc, "Section F - Costs claimed")
    if rec["line_items"]:
        items_table(doc, case, ("Description", f"Cost ({case.symbol()})"), (130, 54))
    grid(doc, [("Total claimed", case.money(rec["claimed_amount"])),
               ("Currency", rec["currency"])])
    doc.ln(3)
    doc.text_line("Signed for the policyholder: " + case.name(style="plain") + "   Date: "
                  + case.date(rec["date_reported"]), 9.5)
    doc.text_line(f"Fleet manager: {case.person()}  ({case.decoy_phone()})", 8.5)
    return doc
