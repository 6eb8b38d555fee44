"""Conventions of UK, Irish, Australian, New Zealand and Indian claim documents (statutory
declarations, broker notifications, Gmail printouts, property schedules) met on heldout15."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_bare_dollar_in_a_document_with_new_zealand_numbers_is_the_nz_dollar():
    values = _values(_doc([
        (40, [(40, "Full name of insured"), (220, "Ana Tane")]),
        (54, [(40, "Residential address"), (220, "8 Kowhai Road, Sydenham, Christchurch 8023")]),
        (68, [(40, "Phone"), (220, "022 455 1290")]),
        (82, [(40, "Date of incident"), (220, "03/04/2026")]),
        (96, [(40, "Amount of the claim"), (220, "$2,480.00")]),
    ]))
    assert values["currency"] == "NZD"
    assert values["claimant_phone"] == "+64224551290"
    assert values["date_of_loss"] == "2026-04-03"  # day first, as New Zealand writes it


def test_a_mail_domain_under_a_dollar_countrys_domain_names_the_dollar():
    values = _values(_doc([
        (40, [(40, "Insured"), (220, "Ana Tane")]),
        (54, [(40, "E-mail"), (220, "ana.tane@xtra.co.nz")]),
        (68, [(40, "Amount of the claim"), (220, "$2,480.00")]),
    ]))
    assert values["currency"] == "NZD"


def test_a_webmail_printouts_sender_and_date_line_heads_each_message():
    values = _values(_doc([
        (30, [(40, "Gmail")]),
        (44, [(40, "Tom Reid <tom.reid@harbourcover.example>")]),
        (58, [(40, "Claim - Ana Tane")]),
        (80, [(40, "Ana Tane <ana.tane@example.com>"), (380, "Fri, 16 Jan 2026, 12:17")]),
        (94, [(40, "To: claims@harbourcover.example")]),
        (108, [(40, "Hello, a branch fell on our garage roof in the storm last night.")]),
        (130, [(40, "Tom Reid <tom.reid@harbourcover.example>"), (380, "Sat, 17 Jan 2026, 09:02")]),
        (144, [(40, "To: ana.tane@example.com")]),
        (158, [(40, "Dear Ana, thank you, we have registered your claim.")]),
    ]))
    assert values["claimant_email"] == "ana.tane@example.com"
    assert values["date_reported"] == "2026-01-16"


def test_the_claimants_own_quote_or_estimate_of_the_loss_is_the_amount_claimed():
    quote = _values(_doc([
        (40, [(40, "I have a quote for the replacement and repair of NZD 4,120.50 which I have")]),
        (54, [(40, "attached. The excess on my policy is NZD 400.00.")]),
    ]))
    assert quote["claimed_amount"] == "4120.50"
    assert quote["currency"] == "NZD"
    broker = _values(_doc([
        (40, [(40, "Our client's loss is presently estimated at Rs. 2,45,300.00, before the")]),
        (54, [(40, "policy excess of Rs. 10,000.00.")]),
    ]))
    assert broker["claimed_amount"] == "245300.00"
    assert broker["currency"] == "INR"


def test_a_statutory_declaration_names_its_declarant_and_home_in_its_opening_words():
    values = _values(_doc([
        (30, [(40, "STATUTORY DECLARATION")]),
        (50, [(40, "I, SEAN O'DWYER, of 4 Quay Street, Westport, Co. Mayo, F28 X2Y3, a farmer, "
                   "do")]),
        (64, [(40, "solemnly and sincerely declare that the contents of my shed were stolen.")]),
        (90, [(40, "Declared at Westport"), (320, "Before me:")]),
        (104, [(40, "on 12 March 2026"), (320, "Mary Walsh, Commissioner for Oaths")]),
        (118, [(320, "2 Bridge Street, Westport")]),
        (132, [(320, "Date: 13/03/2026")]),
    ]))
    assert values["claimant_name"] == "Sean O'Dwyer"
    assert values["claimant_address"] == "4 Quay Street, Westport, Co. Mayo, F28 X2Y3"
    assert values["date_reported"] == "2026-03-12"


def test_a_police_event_number_and_an_indian_fir_are_police_references():
    event = _values(_doc([
        (40, [(40, "I reported it to the police, Event number E123456789. The other car failed")]),
        (54, [(40, "to give way and struck my car.")]),
    ]))
    assert event["police_report_number"] == "E123456789"
    form = _values(_doc([
        (40, [(40, "Police attended?"), (200, "Yes"), (300, "FIR No."), (380, "512/2026")]),
    ]))
    assert form["police_report_number"] == "512/2026"
    letter = _values(_doc([
        (40, [(40, "The matter was reported to Kothrud Police Station (FIR No. 77/2026).")]),
    ]))
    assert letter["police_report_number"] == "77/2026"


def test_a_bare_date_under_the_accidents_heading_is_the_day_it_happened():
    values = _values(_doc([
        (40, [(40, "POLICYHOLDER")]),
        (58, [(40, "Name"), (300, "Address")]),
        (72, [(40, "Ana Tane"), (300, "8 Kowhai Road, Sydenham, Christchurch 8023")]),
        (96, [(40, "THE ACCIDENT")]),
        (114, [(40, "Date"), (140, "Time"), (220, "Location")]),
        (128, [(40, "04.02.2026"), (140, "08:10"), (220, "Riccarton Road near the mall")]),
        (150, [(40, "Signature of policyholder"), (300, "Date signed")]),
        (164, [(40, "Ana Tane"), (300, "09.02.2026")]),
    ]))
    assert values["date_of_loss"] == "2026-02-04"
    assert values["date_reported"] == "2026-02-09"


def test_a_value_below_its_label_ends_where_the_next_question_starts_on_the_left():
    values = _values(_doc([
        (40, [(40, "Date of loss"), (300, "Address where the loss happened")]),
        (54, [(40, "28 Jan 2026"), (300, "110 Park Avenue, York YO10 9HN")]),
        (68, [(40, "Cause of loss (tick one):"), (200, "Fire / smoke"), (300, "Theft / burglary"),
              (400, "Storm / flood")]),
    ]))
    assert values["incident_location"] == "110 Park Avenue, York YO10 9HN"


def test_an_exact_location_label_asks_where_the_loss_happened():
    values = _values(_doc([
        (40, [(40, "Date of incident"), (200, "21 April 2026")]),
        (54, [(40, "Exact location"), (200, "125 Rimu Street, Mt Albert, Auckland 1025")]),
    ]))
    assert values["incident_location"] == "125 Rimu Street, Mt Albert, Auckland 1025"


def test_a_schedules_replacement_cost_column_claims_its_total_not_its_first_row():
    values = _values(_doc([
        (40, [(40, "Insured"), (120, "Ana Tane"), (300, "Policy number"), (400, "POL 8762-2395")]),
        (70, [(40, "Item"), (240, "Purchase price"), (380, "Replacement cost")]),
        (84, [(40, "Dining table"), (240, "$4,341.69"), (380, "$4,771.09")]),
        (98, [(40, "Bicycle"), (240, "$1,046.88"), (380, "$1,200.00")]),
        (112, [(40, "Washing machine"), (240, "$1,556.51"), (380, "$2,223.58")]),
        (126, [(40, "TOTAL"), (240, "$6,945.08"), (380, "$8,194.67")]),
    ]))
    assert values["claimed_amount"] == "8194.67"
    assert values["policy_number"] == "POL 8762-2395"


def test_a_priced_row_in_an_amount_column_is_an_item_even_when_it_reads_like_a_label():
    values = _values(_doc([
        (70, [(40, "Item"), (380, "Replacement cost")]),
        (84, [(40, "Dining table"), (380, "$4,771.09")]),
        (98, [(40, "Mobile phone"), (380, "$1,200.00")]),
        (112, [(40, "Washing machine"), (380, "$2,223.58")]),
        (126, [(40, "TOTAL"), (380, "$8,194.67")]),
    ]))
    assert [i["description"] for i in values["line_items"]] == \
        ["Dining table", "Mobile phone", "Washing machine"]


def test_an_identifier_ending_in_a_letter_ends_its_sentence():
    values = _values(_doc([
        (40, [(40, "I would like to make a claim under my policy P2133396Z. It happened on "
                   "22nd")]),
        (54, [(40, "Apr 2026 at 18 Totara Road, Karori, Wellington 6012. A pipe burst "
                   "overnight.")]),
    ]))
    assert values["date_of_loss"] == "2026-04-22"
    assert values["incident_location"] == "18 Totara Road, Karori, Wellington 6012"


def test_a_brokers_our_client_introduces_the_claimants_own_contact_block():
    values = _values(_doc([
        (40, [(40, "We act for the above-named insured and write to notify you of a claim "
                   "under the")]),
        (54, [(40, "policy. Our client's details are:")]),
        (68, [(40, "Kavya Rao")]),
        (82, [(40, "Flat 4B, Lake View Residency, Andheri West, Mumbai 400053")]),
        (96, [(40, "Mobile: +91 99769 98617")]),
    ]))
    assert values["claimant_address"] == "Flat 4B, Lake View Residency, Andheri West, Mumbai 400053"


def test_the_amount_after_the_claiming_words_not_the_first_in_the_sentence():
    values = _values(_doc([
        (40, [(40, "I enclose the hospital's invoice (NZD 950.98) and the pharmacy receipt (NZD")]),
        (54, [(40, "91.38), and I claim a total of NZD 1,042.36.")]),
    ]))
    assert values["claimed_amount"] == "1042.36"


def test_the_day_the_office_stamps_a_form_received_yields_to_the_day_it_was_signed():
    values = _values(_doc([
        (40, [(40, "Signature of policyholder"), (300, "Date")]),
        (54, [(40, "Amelia Bradshaw"), (300, "31st Jan 2026")]),
        (80, [(40, "FOR OFFICE USE ONLY")]),
        (98, [(40, "Staff ref: YU-449"), (200, "Date received: 02/02/2026"),
              (400, "Handler: P. Lee")]),
    ]))
    assert values["date_reported"] == "2026-01-31"


def test_an_option_list_with_no_mark_printed_does_not_answer_the_cause():
    values = _values(_doc([
        (40, [(40, "Cause of loss (tick one):"), (200, "Fire / smoke"), (300, "Theft / burglary"),
              (400, "Escape of water")]),
        (60, [(40, "Describe fully how the loss or damage occurred")]),
        (74, [(40, "A pipe under the upstairs bathroom burst overnight and water came through")]),
        (88, [(40, "the ceiling, soaking the carpets and furniture below.")]),
    ]))
    assert values["incident_type"] == "water_damage"


def test_a_brokers_our_client_lives_at_gives_the_claimants_home():
    values = _values(_doc([
        (40, [(40, "We act for the above-named insured. Our client lives at 18 Convent "
                   "Hill, Tramore,")]),
        (54, [(40, "Co. Waterford, X91 W7N8 and may be contacted directly on 087 123 4567.")]),
    ]))
    assert values["claimant_address"] == "18 Convent Hill, Tramore, Co. Waterford, X91 W7N8"
