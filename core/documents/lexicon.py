"""Words that claim documents use: field labels, decoy roles, loss types, vehicle makes.

Labels are regular expressions matched, lower-cased, at the start of a cell or after a
separator. A label that names another party (agent, witness, repairer, insurer...) is a decoy:
its value belongs to someone else and must never fill a claimant field.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NO = r"(?:no\.?|nr\.?|number|num\.?|#|id|ref(?:erence)?(?:\s*no\.?)?)"

# A police reference under the wording of other countries' police (German, French, Dutch,
# Spanish, Italian); bilingual forms print these beside or before the English label.
FOREIGN_POLICE = [
    r"(?:polizei(?:liches)?\s*)?(?:vorgangs|tagebuch|anzeigen|akten)[-\s]?(?:nr\.?|nummer|zeichen)",
    r"aktenzeichen", r"az\.",
    r"n[°º]\s*(?:de\s+)?(?:proc[eè]s[-\s]verbal|pv|plainte|r[ée]c[ée]piss[ée])",
    r"(?:num[ée]ro|r[ée]f[ée]rence)\s+(?:de\s+(?:la\s+)?)?(?:proc[eè]s[-\s]verbal|plainte|pv|police)",
    r"proc[eè]s[-\s]verbal", r"r[ée]c[ée]piss[ée]\s+de\s+(?:d[ée]p[oô]t\s+de\s+)?plainte",
    r"(?:proces-verbaal|aangifte|zaak)(?:nummer|\s*nr\.?)", r"(?:n[uú]mero\s+de\s+)?atestado",
    r"(?:n[uú]mero\s+de\s+)?denuncia",
    r"(?:numero\s+(?:di\s+|del(?:la)?\s+)?)?(?:verbale|denuncia)",
]

FIELD_LABELS: dict[str, list[str]] = {
    "claim_number": [rf"claim\s*{_NO}", r"claim\s+(?:opened|created|registered|ref\.?)",
                      r"claim\s*(?:file|reference)", r"your\s+claim\s+" + _NO,
                     rf"loss\s+(?:reference|ref\.?)(?:\s*{_NO})?",
                     rf"(?:claim\s+)?file(?:\s*{_NO})?",
                     rf"insurer(?:'?s)?\s+claim\s*(?:{_NO}|ref\.?|reference)"],
    "policy_number": [
        rf"(?:insurance\s+|insured'?s\s+)?policy\s*{_NO}?", rf"certificate\s*{_NO}",
        rf"cert\.?\s*{_NO}", r"insured'?s\s+policy", r"policy\s+held",
        rf"(?:insurance\s+)?contract\s*{_NO}",
        r"policy\s*/\s*certificate(?:\s*" + _NO + ")?",
        rf"(?:motor|fleet|home|household|property|travel|commercial|vehicle|auto|car|contents|"
        rf"buildings|master)\s+policy(?:\s*{_NO})?", rf"policy\s+ref\.?(?:\s*{_NO})?",
        r"cover\s+(?:number|no\.?|reference|ref\.?)",
    ],
    "claimant_name": [
        r"(?:claimant|insured|policy\s*holder|policyholder|applicant|customer)(?:'?s)?"
        r"(?:\s+(?:full\s+)?name)?",
        r"name\s+of\s+(?:the\s+)?(?:claimant|insured|policyholder|policy\s+holder)",
        r"(?:first\s+)?named\s+insured(?:'?s)?(?:\s+name)?",
        r"name\s+of\s+(?:the\s+)?(?:person|party)\s+(?:making|submitting|bringing)\s+"
        r"(?:the\s+|this\s+)?claim",
        r"(?:sur|last\s+|family\s+)?name\s*,\s*(?:vorname|first\s+names?|fore\s?names?|given\s+"
        r"names?)",
        r"full\s+name", r"name", r"insured\s+person", r"claimant\s*/\s*insured",
        r"(?:insured|injured|claiming)\s+party",
        r"(?:your|my)\s+(?:full\s+)?name", r"(?:our|my)\s+client(?:'?s\s+(?:full\s+)?name)?",
        r"(?:member|patient|traveller|traveler|caller|client|owner|account\s+holder|guest)"
        r"(?:'?s)?(?:\s+(?:full\s+)?name)?",
        r"(?:traveller|traveler|person|member)\s+making\s+the\s+claim",
        r"(?:insured\s+)?driver'?s\s+(?:full\s+)?name",
        r"signed(?:\s+by)?", r"(?:bill(?:ed)?|sold|charge)\s+to", r"customer\s+details",
        r"signature(?:\s+of\s+(?:the\s+)?(?:claimant|insured|policyholder))?",
    ],
    "claimant_email": [r"(?:claimant'?s?\s+|insured'?s?\s+|your\s+|contact\s+|primary\s+|main\s+)?"
                       r"(?:e-?\s?mail|electronic\s+mail)"
                       r"(?:\s+address)?"],
    "claimant_phone": [
        r"(?:claimant'?s?\s+|insured'?s?\s+|your\s+|home\s+|daytime\s+|contact\s+|primary\s+|"
        r"main\s+|best\s+|callback\s+|call-back\s+|preferred\s+)?"
        r"(?:(?:home|cell|mobile|work|day)\s*(?:or|/|&)\s*)?"  # "Home or cell telephone"
        r"(?:tele?phone|phone|tel\.?|ph\.?|mobile|cell(?:\s*phone)?)(?:\s+(?:no\.?|number|#))?",
        r"(?:best\s+|preferred\s+|daytime\s+)?contact\s+(?:no\.?|number|#)",
        r"(?:best\s+)?(?:number|no\.?)\s+to\s+(?:reach|call|contact)(?:\s+(?:you|me|the\s+\w+))?",
        r"contact(?:\s+(?:details|info(?:rmation)?))?(?=\s*:?\s*$)",  # a cell of its own
        r"call[\s-]?back(?:\s+(?:no\.?|number|#))?",
        # a report's line for the insured's phone and e-mail together: "Insured's contact:"
        r"(?:claimant|insured|policy\s*holder|customer|client)'?s?\s+contact(?:\s+(?:details|"
        r"info(?:rmation)?))?(?=\s*(?::|$))",
    ],
    "claimant_address": [
        r"(?:(?:claimant'?s?|insured'?s?|home|mailing|postal|street|residential|current|"
        r"correspondence)\s+){0,2}address(?:\s+(?:and|&|with|incl\.?|"
        r"including)\s+(?:post\s*code|zip(?:\s+code)?|postal\s+code))?"
        r"(?:\s+(?:on\s+(?:file|record)|of\s+record|held))?",
        r"residence",
        r"(?:insured\s+)?driver'?s\s+(?:home\s+)?address",
        r"(?:guest|patient|customer|member|client|traveller|traveler)'?s?\s+(?:home\s+|postal\s+|"
        r"mailing\s+)?address",
    ],
    "date_of_loss": [
        r"date\s+of\s+(?:the\s+)?(?:loss|incident|accident|occurrence|event|damage|theft)",
        r"(?:loss|incident|accident|occurrence|event)\s+date", r"date\s+loss\s+occurred",
        r"(?:storm|hail|fire|flood|theft|burglary|break-in)\s+date",
        r"when\s+did\s+(?:it|the\s+\w+)\s+happen\??", r"date\s+of\s+(?:the\s+)?event",
        r"date\s+(?:the\s+)?(?:loss|incident|accident|damage|theft)\s+(?:occurred|happened|took\s+place)",
        r"d\s*/\s*l", r"dol",
        r"date\s*(?:&|and|/)\s*time\s+of\s+(?:the\s+)?(?:loss|incident|accident|occurrence|event|"
        r"damage|theft|breakdown)",
        r"(?:loss|incident|accident|occurrence|event|damage|theft)\s+date\s*(?:&|and|/)\s*time",
        r"when\s+did\s+(?:the\s+)?(?:loss|incident|accident|damage|theft|event)\s+(?:occur|happen|"
        r"take\s+place)\??",
        r"(?:loss|incident|accident|damage|theft)\s+(?:occurred|happened)(?:\s+on)?",
        r"date\s+(?:occurred|of\s+occurrence)", r"occurred\s+on",
        r"date\s*(?:/|&|and)\s*time\s+(?:occurred|of\s+occurrence)",
    ],
    "date_reported": [
        r"date\s+(?:reported|of\s+report|notified|of\s+notification|of\s+notice|of\s+claim|"
        r"submitted|filed|received|signed|of\s+this\s+(?:claim|form|report))",
        r"(?:report(?:ed)?|notification|notice|claim|submission|filing|statement)\s+date",
        r"reported\s+on", r"notified\s+on", r"signed\s+on", r"sent(?:\s+on)?", r"date",
        r"dated(?:\s+on)?",
        r"(?:notified|reported|submitted|sent)\s+to\s+(?:the\s+)?(?:insurer|insurance\s+company|"
        r"company|us)(?:\s+on)?",
        r"(?:place|town|city)\s*(?:,|and|&|/)\s*date", r"ort\s*(?:,|und|/)\s*datum",
        r"lieu\s*(?:,|et)\s*date",
        r"received(?!\s+(?:from|by)\b)(?:\s+on)?",  # "Received from:" names a payer
        r"date\s+(?:of\s+)?(?:first\s+)?(?:notice|notification|contact)",
        r"date\s+(?:created|opened|entered|logged|lodged)", r"(?:created|logged)(?:\s+on)?",
        r"first\s+(?:notified|reported)(?:\s+on)?",
        r"first\s+notice(?:\s+(?:of\s+loss\s+)?(?:received|date|given))?(?:\s+on)?",
        r"fnol(?:\s+(?:date|received))?",
        r"declaration\s+(?:signed|dated)(?:\s+on)?",
        # a cell of its own ("Notified | 16 May"), or a date after its colon ("Reported:
        # 08/07/2026") run on after the date of loss
        r"(?:notified|reported|lodged)(?=\s*:?\s*$|:\s*(?:\d|[a-z]{3,9}\.?\s+\d))",
        r"(?:submitted|filed|lodged)(?:\s+on)?",
        r"call\s+(?:start(?:ed)?|date|received|taken|logged)(?:\s+(?:on|at))?",
        r"(?:chat|session|conversation|call)(?:\s+[\w-]*\d[\w-]*)?\s*[-–,]?\s*(?:started|began|"
        r"opened)(?:\s+(?:on|at))?",
        r"date\s+(?:you|we|the\s+\w+)\s+(?:told|notified|informed|contacted|called|reported\s+to)"
        r"\s+(?:us|you|the\s+\w+)",
    ],
    "incident_type": [
        r"(?:type|kind|nature|cause)\s+of\s+(?:the\s+)?(?:loss|incident|claim|damage|accident)",
        r"(?:loss|incident|claim|damage|accident)\s+(?:type|category|cause|code)", r"peril",
        r"cause(?=\s*:?\s*$)",  # a cell of its own: "Cause | Storm"
    ],
    "incident_location": [
        r"(?:loss|incident|accident)\s+(?:location|address|place|site)",
        r"(?:location|place|address|scene|site)\s+of\s+(?:the\s+)?(?:loss|incident|accident|"
        r"event|damage|theft)",
        r"where\s+did\s+(?:it|the\s+\w+)\s+(?:happen|occur|take\s+place)\??", r"location",
        r"where\s+it\s+happened", r"place\s+of\s+(?:occurrence|the\s+occurrence)",
        r"(?:risk|property|damaged\s+property|insured\s+property|premises|loss)\s+(?:address|location)",
        r"address\s+of\s+(?:the\s+)?(?:damaged\s+|insured\s+)?(?:property|premises|risk|loss)",
        r"where\s+did\s+(?:the\s+)?(?:loss|incident|accident|damage|theft)\s+(?:happen|occur|"
        r"take\s+place)\??",
        r"(?:accident|incident|loss)\s+(?:scene|spot|place)", r"location\s+of\s+(?:the\s+)?\w+",
        r"(?:exact|precise)\s+(?:location|place)(?:\s+of\s+(?:the\s+)?\w+)?",
        r"(?:place|scene|venue)",
        # a cell of its own: "Where | Elm St", "Property | 12 Oak Rd" (the insured home's)
        r"(?:where|(?:insured\s+|damaged\s+)?property)(?=\s*[:?]?\s*$)",
        r"(?:location|place|address)\s+(?:where|at\s+which)\b[^:?]{0,50}",
        r"where\s+(?:was|were|is|did)\s+(?!.*\b(?:contact|reach|send|write|call)\b)[^:?]{0,50}\?",
        r"(?:schadens?|unfall|tat)ort", r"lieu\s+(?:du\s+|de\s+l'|de\s+la\s+)?\w+",
        r"lugar\s+del?\s+\w+", r"luogo\s+del(?:l')?\s*\w+",
    ],
    "incident_description": [
        r"(?:(?:brief|short|full)\s+)?(?:description|details|account|circumstances|summary|"
        r"narrative)"
        r"(?:\s+of\s+(?:the\s+)?(?:loss|incident|accident|event|damage|claim|circumstances))?",
        r"describe\s+(?:what\s+happened|the\s+(?:loss|incident|accident))",
        r"what\s+happened\??",
        r"how\s+did\s+(?:it|the\s+\w+(?:\s+(?:or|and|/)\s+\w+)?)\s+(?:happen|occur)\??",
        r"tell\s+us\s+(?:in\s+your\s+own\s+words\s+)?(?:how|what)", r"in\s+your\s+own\s+words",
        r"(?:please\s+)?describe\b[^:?]{0,60}",
        r"(?:my|your|claimant'?s|insured'?s|driver'?s)?\s*(?:remarks|comments|observations)",
        r"(?:loss|incident|accident|claim)\s+(?:details|description|narrative|particulars)",
        r"(?:particulars|facts)(?:\s+of\s+(?:the\s+)?(?:loss|incident|accident|claim))?",
        r"(?:your|claimant'?s|insured'?s|driver'?s)\s+(?:own\s+)?(?:account|statement|version)",
        r"how\s+(?:the\s+)?(?:loss|damage|incident|accident|injury)\s+(?:occurred|happened)",
        r"(?:ph|policyholder|caller|insured|claimant|customer|client)\s+(?:states?|stated|says|said|"
        r"reports?|reported|advises?|advised|explains?|explained)(?=\s*:)",
    ],
    "police_report_number": [
        rf"police\s+(?:report|case|incident|crime|reference|ref\.?)?\s*{_NO}?",
        rf"crime\s+(?:reference|ref\.?|report)\s*{_NO}?", rf"(?:police\s+)?report\s*{_NO}",
        rf"case\s*{_NO}", rf"(?:crime|police)(?:\s*/\s*\w+)?\s*{_NO}",
        rf"(?:incident|accident|occurrence)\s+report\s*{_NO}",
        r"authority\s+(?:reference|ref\.?)", r"police",
        # a questionnaire's question: "Were the police told? If so, give the reference number"
        r"(?:were|was|have|has|did)\s+(?:the\s+)?police\s+(?:been\s+)?(?:told|informed|notified|"
        r"called|contacted|involved|attend(?:ed)?)\??(?:\s+if\s+so\b[^:?]{0,80})?",
        # an Australian police "Event number", an Indian "FIR" (First Information Report)
        rf"(?:police\s+)?(?:report\s*/\s*)?event\s*{_NO}",
        rf"(?:f\.?i\.?r\.?|first\s+information\s+report)(?:\s*{_NO})?",
        rf"police(?:\s+(?:or|/|and)\s+fire)?(?:\s+dept\.?|\s+department)?\s+(?:report|case|reference|"
        rf"ref\.?|incident)(?:\s*{_NO})?",
        *FOREIGN_POLICE,
    ],
    "_surname": [r"(?:sur|last\s+|family\s+)name"],
    "_forename": [r"(?:fore|first\s+|given\s+|christian\s+)names?(?:\s*\(s\))?"],
    "vehicle_vin": [r"vin(?:\s+(?:no\.?|number))?", r"vehicle\s+identification\s+(?:no\.?|number)",
                    r"chassis(?:\s*(?:/\s*vin|no\.?|number))?"],
    "vehicle_make_model_year": [
        r"vehicle(?:\s*\((?:make|year)[^)]*\))?", r"make\s*(?:/|,|and)\s*model(?:\s*(?:/|,|and)\s*"
        r"year)?", r"year\s*(?:/|,)\s*make\s*(?:/|,)\s*model", r"(?:insured\s+)?vehicle\s+details",
        r"car", r"automobile",
    ],
    "claimed_amount": [
        r"(?:total\s+)?amount\s+(?:claimed|of\s+(?:the\s+)?claim|requested|sought|presented|"
        r"submitted)",
        r"(?:total\s+)?claim(?:ed)?\s+(?:total|amount|value)", r"total\s+(?:claimed|claim)",
        r"(?:grand\s+)?total(?:\s+(?:amount|due|payable|cost|loss))?",
        r"amount\s+(?:due|payable)", r"sum\s+claimed",
        r"(?:estimated|total)\s+(?:loss|damages?|costs?)(?:\s+amount)?", r"amount\s+of\s+loss",
        r"loss\s+amount", r"amount\s+(?:the\s+)?\w+\s+(?:claims|is\s+claiming)",
        r"(?:total\s+)?amount\s+you\s+are\s+claiming",
        r"(?:estimated|total|approximate)\s+amount\s+of\s+(?:the\s+)?(?:loss|damages?|claim)",
        r"(?:estimated\s+|total\s+)?(?:repair|replacement)\s+costs?",
        r"(?:est\.?|estimated)\s+(?:claim\s+)?amount",  # an agency's memo: "Est. amount: $950"
    ],
}

# The same fields' labels on German (DE/AT/CH), Spanish (ES/MX) and Dutch (NL/BE) forms.
FOREIGN_LABELS: dict[str, list[str]] = {
    "claim_number": [r"schaden(?:fall)?[-\s]?(?:nummer|nr\.?)", r"schade[-\s]?(?:nummer|nr\.?)",
                     r"dossier[-\s]?(?:nummer|nr\.?)", r"n[uú]mero\s+de\s+siniestro",
                     r"(?:n[°º.]|no\.?)\s*(?:de\s+)?siniestro", r"siniestro\s+n[°º.o]"],
    "policy_number": [r"versicherungs(?:schein|police|vertrag)?[-\s]?(?:nummer|nr\.?)",
                      r"versicherungsschein", r"polis[-\s]?(?:nummer|nr\.?)",
                      r"n[uú]mero\s+de\s+p[oó]liza",
                      r"p[oó]liza(?:\s+(?:n[°º.o]|no\.?))?"],
    "claimant_name": [r"versicherungsnehmer(?:in)?", r"anspruchsteller(?:in)?",
                      r"(?:vor-?\s*und\s+)?(?:zu)?name", r"asegurado(?:\s+reclamante)?",
                      r"reclamante", r"tomador(?:\s+del\s+seguro)?",
                      r"nombre(?:\s+(?:y\s+apellidos|completo))?",
                      r"(?:naam\s+)?verzekeringnemer", r"naam(?:\s+verzekerde)?"],
    "claimant_email": [r"correo(?:\s+electr[oó]nico)?"],
    "claimant_phone": [r"telefon(?:nummer)?", r"mobil(?:telefon|nummer)?", r"handy",
                       r"tel[eé]fono(?:\s+(?:m[oó]vil|de\s+contacto))?", r"m[oó]vil", r"celular",
                       r"telefoon(?:nummer)?", r"mobiel(?:\s+nummer)?"],
    "claimant_address": [r"anschrift", r"adresse", r"wohnanschrift", r"domicilio",
                         r"direcci[oó]n", r"(?:woon)?adres"],
    "date_of_loss": [r"(?:schadens?|unfall)(?:tag|datum)", r"datum\s+des\s+(?:schadens|unfalls)",
                     r"fecha\s+del?\s+(?:siniestro|accidente|incidente|p[eé]rdida|robo|da[ñn]o|"
                     r"hecho)", r"schadedatum", r"datum\s+(?:van\s+de\s+)?schade"],
    "date_reported": [r"melde(?:datum|tag)", r"gemeldet\s+am", r"datum\s+der\s+meldung",
                      r"fecha\s+de\s+(?:declaraci[oó]n|notificaci[oó]n|comunicaci[oó]n|aviso)",
                      r"(?:datum\s+(?:van\s+(?:de\s+)?)?melding|meldingsdatum)"],
    "incident_type": [r"schadenart", r"art\s+des\s+schadens",
                      r"(?:tipo|causa)\s+de(?:l)?\s+siniestro", r"(?:schade)?oorzaak",
                      r"(?:soort|aard)\s+(?:van\s+de\s+)?schade"],
    "incident_location": [r"lugar", r"plaats\s+van\s+(?:de\s+)?(?:schade|het\s+\w+)",
                          r"schade(?:adres|locatie)"],
    "incident_description": [r"(?:schaden|unfall)?hergang", r"schaden(?:s)?beschreibung",
                             r"descripci[oó]n(?:\s+del?\s+\w+)?", r"circunstancias",
                             r"relato(?:\s+de\s+los\s+hechos)?", r"toedracht"],
    "vehicle_vin": [r"fahrzeug[-\s]?ident(?:ifizierungs|ifikations)?(?:\.|-)*[-\s]?(?:nummer|nr\.?)"
                    r"(?:\s*\(fin\))?", r"fin", r"bastidor", r"niv",
                    r"n[uú]mero\s+de\s+(?:bastidor|serie|identificaci[oó]n\s+vehicular)"],
    "vehicle_make_model_year": [r"marke\s*(?:/|und)\s*(?:typ|modell)", r"fahrzeug",
                                r"marca\s*(?:/|y)\s*modelo", r"veh[ií]culo"],
    "claimed_amount": [r"gesamt(?:forderung|betrag|summe|schaden)", r"forderung",
                       r"schadenh[oö]he", r"(?:importe|monto|total)\s+(?:total\s+)?reclamado",
                       r"importe\s+total", r"totaal(?:\s+(?:geclaimd|bedrag))?",
                       r"(?:geclaimd|schade)bedrag"],
}
for _name, _patterns in FOREIGN_LABELS.items():
    FIELD_LABELS[_name] = [*FIELD_LABELS[_name], *_patterns]

# Words that make a label (or a sentence) about somebody other than the claimant.
DECOY_WORDS = (
    "agent", "agency", "broker", "brokerage", "witness", "repair", "repairer", "shop", "garage",
    "provider", "insurer", "adjuster", "adjustor", "underwriter", "producer", "doctor",
    "physician", "hospital", "contractor", "plumber", "bodyshop", "body shop", "dealer",
    "employer", "company", "our ", "your ref", "your file", "invoice", "tax", "vat", "birth",
    "dob", "direct line", "handler", "officer", "inspector", "assessor", "surveyor",
    "investigator", "solicitor", "attorney", "badge", "station", "claims line",
    "claims department", "mailbox", "office", "branch", "fax", "emergency",
    "other party", "third party", "other driver", "cc", "to:", "vehicle b", "driver b",
    "printed", "generated", "exported", "downloaded",
    "party b", "mediador", "vermittler", "nacimiento", "geburt", "werkstatt",
    "gutachter", "perito", "taller", "agente", "geboorte", "tussenpersoon",
)
DECOY = re.compile(r"\b(?:" + "|".join(re.escape(w.strip()) for w in DECOY_WORDS) + r")", re.I)

INCIDENT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "collision": ("collision", "collided", "crash", "rear-ended", "rear ended", "ran into",
                  "struck", "hit by", "accident", "bumper", "ran a red", "changing lanes",
                  "side-swiped", "sideswiped", "t-boned", "reversed into", "traffic", "hit my",
                  "hit its", "hit our", "hit the back", "into the back of", "braked",
                  "changed lanes", "lane change", "into my vehicle", "into my car",
                  "could not stop", "pulled out in front", "reversed out", "into the driver's",
                  "into the passenger", "into the side of", "skidded", "swerved", "pile-up",
                  "hit-and-run", "hit and run", "head-on", "backed into", "reversing into",
                  "crashed", "veered", "overtaking"),
    "theft": ("theft", "stolen", "stole", "burglary", "burgled", "break-in", "broken into",
              "robbery", "was gone", "missing", "theft of", "larceny", "burglar", "shoplifting",
              "forced the", "forced open", "taken from", "thief", "thieves", "broke in",
              "broke into", "break in", "intruder", "ransacked", "pickpocket", "snatched",
              "mugged", "carjacked", "catalytic converter"),
    "fire": ("fire", "flames", "smoke", "blaze", "burnt", "burned", "caught fire", "arson",
             "charred", "scorched", "smouldering", "smoldering", "short circuit", "ignited",
             "wildfire", "bushfire"),
    "water_damage": ("water damage", "burst", "leak", "leaked", "pipe", "escape of water",
                     "overflow", "flooded bathroom", "washing machine", "water heater", "plumbing",
                     "hot water system", "hot water service", "seeped", "seepage", "dripping",
                     "sewage", "backed up", "water ingress", "dishwasher", "boiler", "radiator",
                     "cistern", "sprinkler", "water tank", "water main", "soaked", "sodden"),
    "weather": ("storm", "hail", "hailstorm", "windstorm", "thunderstorm", "rainstorm", "wind",
                "lightning", "flood", "tornado", "hurricane", "snow",
                "ice", "fallen tree", "weather", "tree fell", "gale", "hailstone", "cyclone",
                "typhoon", "blizzard", "gust", "downpour", "heavy rain", "torrential",
                "squall", "monsoon"),
    "vandalism": ("vandal", "vandalism", "vandalised", "vandalized", "graffiti", "keyed",
                  "malicious", "deliberately damaged", "smashed", "spray", "scratched", "slashed",
                  "with a key", "defaced", "egged", "kicked in", "sabotage"),
    "glass": ("glass", "windshield", "windscreen", "window", "chip", "crack in the",
              "shattered"),
    "injury": ("injury", "injured", "hurt", "fracture", "fractured", "broke my", "hospital",
               "medical", "whiplash", "sprain", "fell on", "slipped", "tripped", "concussion",
               "bruised", "dislocated", "laceration", "stitches", "emergency room", "ambulance",
               "physiotherapy", "broken arm", "broken leg", "broken wrist", "injuries"),
    "other": ("other", "cancel", "cancelled", "canceled", "cancellation", "trip", "luggage",
              "baggage", "suitcase", "flight", "veterinary", "vet", "pet", "unwell", "illness"),
    "liability": ("liability", "liable", "third party", "sued",
                  "claim against", "claiming against", "against me", "damaged their",
                  "someone else's", "their property", "compensation from me", "compensation",
                  "neighbour's flat", "neighbor's apartment", "flat below", "apartment below",
                  "downstairs"),
}

# The same causes in German, Spanish, Dutch, French and Italian accounts.
FOREIGN_INCIDENT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "collision": ("unfall", "zusammenstoß", "zusammenstoss", "kollision", "auffahrunfall",
                  "abbiegen", "colisión", "colision", "choque", "chocó", "choco", "alcance",
                  "aanrijding", "botsing", "aangereden", "accrochage", "tamponné"),
    "theft": ("diebstahl", "gestohlen", "einbruch", "entwendet", "robo", "robado", "robaron",
              "hurto", "diefstal", "gestolen", "inbraak", "ingebroken", "volé",
              "cambriolage", "cambriolé", "furto", "rubato", "rubata"),
    "fire": ("brand", "feuer", "incendio", "fuego", "incendie", "brûlé", "verbrand"),
    "water_damage": ("wasserschaden", "leitungswasser", "rohrbruch", "fuga de agua",
                     "inundación", "waterschade", "lekkage", "gelekt", "waterleiding",
                     "dégât des eaux", "dégâts des eaux", "fuite", "infiltration", "allagamento"),
    "weather": ("sturm", "hagel", "unwetter", "tormenta", "granizo", "orage", "grêle",
                "tempête", "grandine", "noodweer"),
    "glass": ("glasbruch", "scheibe", "windschutzscheibe", "parabrisas", "cristal", "glasbreuk",
              "ruitschade", "voorruit", "pare-brise", "bris de glace", "parabrezza"),
    "injury": ("verletzt", "verletzung", "lesión", "lesion", "herido", "letsel", "gewond",
               "blessé", "blessure", "ferito"),
    "vandalism": ("vandalisme", "vandalismo", "sachbeschädigung"),
    "liability": ("aansprakelijkheid",),
}
for _kind, _words in FOREIGN_INCIDENT_KEYWORDS.items():
    INCIDENT_KEYWORDS[_kind] = (*INCIDENT_KEYWORDS[_kind], *_words)

# Words that make a German or Spanish line a sentence, not a value.
FOREIGN_FUNCTION_WORDS = frozenset({
    "der", "die", "das", "ein", "eine", "einen", "dem", "den", "des", "beim", "auf", "unser",
    "unsere", "unseren", "mit", "im", "am", "und", "ist", "war", "wurde", "wurden", "von", "zu",
    "el", "la", "los", "las", "un", "una", "en", "y", "de", "del", "se", "su", "al", "que", "con",
    "fue", "por", "mi", "nuestro", "nuestra",
})

VEHICLE_MAKES = (
    "Acura", "Alfa Romeo", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chrysler",
    "Citroen", "Dacia", "Dodge", "Fiat", "Ford", "GMC", "Genesis", "Honda", "Hyundai",
    "Infiniti", "Jaguar", "Jeep", "Kia", "Land Rover", "Lexus", "Lincoln", "Mazda",
    "Mercedes-Benz", "Mercedes", "Mini", "Mitsubishi", "Nissan", "Opel", "Peugeot", "Porsche",
    "Ram", "Renault", "Rivian", "Seat", "Skoda", "Subaru", "Suzuki", "Tesla", "Toyota",
    "Vauxhall", "Volkswagen", "VW", "Volvo",
    # more cars, and motorcycles (a motor policy covers them too)
    "Aston Martin", "Bentley", "BYD", "Cupra", "Daihatsu", "Ferrari", "Holden", "Isuzu",
    "Lamborghini", "Lancia", "Maserati", "Polestar", "Saab", "Aprilia", "Ducati",
    "Harley-Davidson", "Kawasaki", "KTM", "Piaggio", "Royal Enfield", "Vespa", "Yamaha",
)

COMPANY_WORDS = re.compile(
    r"\b(?:insurance|insurer|mutual|assurance|casualty|general|group|company|inc|llc|ltd|"
    r"assurances?|assekuranz|versicherungs?|versicherungen|versicherer|assicurazioni|seguros|"
    r"verzekering(?:en)?|underwriters?|indemnity|"
    r"plc|gmbh|ag|partners|agency|services|claims|department|bank|motors|repairs?|auto|"
    r"plumbing|heating|restoration|brokers?|team|dear|re|subject|from|to|date|invoice|claim|"
    r"form|notice|notification|report|statement|loss|first|details|section|policy|page|"
    r"summary|estimate|schedule|declaration|signature|attn|consultants?|adjusters?|handler|"
    r"officer|manager|director|solicitors?|associates|limited|corporation|police|"
    r"declaraci[oó]n|siniestro|reclamaci[oó]n|formulario|solicitud|aviso|parte|p[oó]liza|"
    r"schaden\w*|versicherung|formular|meldung|anzeige|memorandum|memo)\b", re.I)

CLOSINGS = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|(?:kind|best|warm)\s+"
    r"regards|regards|many\s+thanks|thank\s+you|thanks|respectfully)[,.!]?$", re.I)

COMPILED: dict[str, list[re.Pattern[str]]] = {
    name: [re.compile(rf"^(?:{p})(?=$|[\s:#.\-–(]|\?)", re.I) for p in patterns]
    for name, patterns in FIELD_LABELS.items()
}


# A form's item number before its label: "2.1 DATE OF LOSS", "6. Policyholder", "(b) Name",
# a questionnaire's "Q4. Date of the accident?", "3a DATE OF LOSS" (a sub-item's letter after
# its number), or a list's bullet ("- Address: ...", "• Claim no: ...").
NUMBERING = re.compile(
    r"^(?:\(?[a-z]\)\s+|q?\d{1,2}[a-z]?(?:\.\d{1,2}[a-z]?)*[.)]?\s+|[-–•·*▪►]\s+)(?=[A-Za-z])",
    re.I)


BILINGUAL = re.compile(r"\s*[/|]\s*(?=[A-Za-z])")


@lru_cache(maxsize=8192)  # the stages ask about the same cells again and again
def match_label(text: str) -> tuple[str, int] | None:
    """(field, end of the label) when `text` starts with a field's label, else None.

    A label that mentions another party is returned as ('other', end). An item number before
    the label ("2.1", "6.") is skipped; the end counts from the start of `text`.
    """
    numbering = NUMBERING.match(text)
    skip = numbering.end() if numbering else 0
    found = _match_label(text[skip:])
    if found is not None and found[0] != "other":  # "Schadenort / Place of loss": both tongues
        sep = BILINGUAL.match(text, skip + found[1])
        again = _match_label(text[sep.end():]) if sep else None
        if sep and again and again[0] == found[0]:
            return found[0], sep.end() + again[1]
        later = None if sep else _other_tongue(text, skip)
        if later is not None:  # "Date du sinistre / Date of loss": read only "Date" in French
            return later
    if found is None:  # a bilingual label: "Schadennummer / Claim no.", "N° sinistre | Claim"
        for sep in BILINGUAL.finditer(text[skip:skip + 40]):
            head = text[skip:skip + sep.start()]
            if len(head.split()) > 3 or any(c.isdigit() or c == "," for c in head):
                break  # a value or a sentence before the slash, not a label in another tongue
            found = _match_label(text[skip + sep.end():])
            if found:
                other = DECOY.search(text[skip:skip + sep.start()])
                return "other" if other else found[0], found[1] + skip + sep.end()
    asked = QUESTION_LEAD.match(text, skip) if found is None else None
    if asked:  # a questionnaire's question: "What is your policy number?", "Your home address"
        again = _match_label(text[asked.end():])
        end = again[1] + asked.end() if again else 0
        if again and re.match(r"\s*(?:$|[?(:])", text[end:]) and \
                not names_other_party(text[:end].lower()):  # the whole question names it
            return again[0], end
    if found is None:  # a data export's column code: "CLMT_PH", "POL#", "DT_RPTD"
        return _code_label(text[skip:], skip) or _snake_label(text[skip:], skip)
    return (found[0], found[1] + skip) if found else None


# Characters a scan's OCR reads for a label's letters, one for one ("clalm", "Po1icy", "l0ss").
OCR_MISREADS = {"l": "i", "1": "il", "0": "o", "|": "il", "!": "i"}


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(w for patterns in FIELD_LABELS.values() for p in patterns
                     for w in re.findall(r"[a-z]{4,}", p))


# A month's name read with one letter misread: "jui 30, 2026", "0ct 3", "Apri1 2".
MONTH_MISREADS = {"i": "l", "l": "i", "1": "l", "0": "o"}
MONTH_NAMES = frozenset((
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december"))


def _respelt_month(word: str) -> str | None:
    core = word.rstrip(".,").lower()
    if core in MONTH_NAMES or not 3 <= len(core) <= 9:
        return None
    for k, c in enumerate(core):
        read = MONTH_MISREADS.get(c)
        if read and core[:k] + read + core[k + 1:] in MONTH_NAMES:
            fixed = word[:k] + read + word[k + 1:]
            return fixed[:1].upper() + fixed[1:]
    return None


@lru_cache(maxsize=8192)
def ocr_respelt(word: str) -> str:
    """An OCR word with one misread character put right when that makes it a word of the
    labels' ("Our clalm ref." -> "claim"); any other word as it was read."""
    month = _respelt_month(word)
    if month:
        return month
    core = word.rstrip(".:#,;?").lower()
    vocabulary = _label_words()
    if len(core) < 4 or core in vocabulary or not any(c in OCR_MISREADS for c in core):
        return word
    for k, c in enumerate(core):
        if c.isalpha() and len(core) < 5:
            continue  # "mall" is no misread "mail": a short word's letter stands as read
        for read in OCR_MISREADS.get(c, ""):
            if core[:k] + read + core[k + 1:] in vocabulary:
                return word[:k] + (read.upper() if word[k].isupper() else read) + word[k + 1:]
    return word


QUESTION_LEAD = re.compile(r"(?:what\s+(?:is|was)|what's|please\s+(?:give|state|enter|provide)|"
                           r"give|state|enter|provide)\s+(?:your|the)\s+|your\s+", re.I)


# The abbreviations of claims systems' column codes, each word spelt out.
CODE_WORDS = {
    "clm": "claim", "clmt": "claimant", "clmnt": "claimant", "insd": "insured", "pol": "policy",
    "ph": "phone", "phn": "phone", "tel": "phone", "eml": "email", "addr": "address",
    "adr": "address", "dol": "date of loss", "dt": "date", "rptd": "reported", "rpt": "report",
    "loc": "location", "pd": "police department", "amt": "amount", "clmd": "claimed",
    "narr": "narrative", "desc": "description", "cd": "code", "veh": "vehicle",
    "ymm": "(year make model)", "nm": "name", "agt": "agent", "adj": "adjuster",
    "wit": "witness", "tp": "third party", "insp": "inspection", "eff": "effective",
    "exp": "expiry", "no": "number", "num": "number", "ref": "reference", "typ": "type",
}
CODE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*#?(?=$|[\s:])")


def _code_label(text: str, skip: int) -> tuple[str, int] | None:
    """(field, end) for an upper-case column code made of known abbreviations, spelt out and
    read as a label only when all of it spells one ("POL_EFF" is no policy number)."""
    code = CODE.match(text)
    if code is None:
        return None
    if re.match(r"[A-Z]+\s+\d", text[:code.end() + 2]) and len(text) > code.end() + 2:
        return None  # a bare prefix before digits is the identifier's own: "POL 8762-2395"
    parts = code.group().rstrip("#").lower().split("_")
    if not any(p in CODE_WORDS for p in parts):
        return None
    spelt = " ".join(CODE_WORDS.get(p, p) for p in parts) + " #" * code.group().endswith("#")
    found = _match_label(spelt)
    if found is None or found[1] < len(spelt):
        return None
    return found[0], skip + code.end()


# A web form's field key as its submission e-mail prints it: "policy_number: ...", "loss_date:".
SNAKE_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?=\s*:)")


def _snake_label(text: str, skip: int) -> tuple[str, int] | None:
    """(field, end) for a lower-case snake_case key before a colon, read with its underscores
    as spaces and taken only when all of it spells one label."""
    key = SNAKE_KEY.match(text)
    if key is None:
        return None
    spelt = " ".join(CODE_WORDS.get(p, p) for p in key.group().split("_"))
    found = _match_label(spelt)
    if found is None or found[1] < len(spelt):
        return None
    return found[0], skip + key.end()


def _other_tongue(text: str, skip: int) -> tuple[str, int] | None:
    """The label after a bilingual separator, when the first tongue's label was only partly
    read (a generic "Date" or "Name" before words the lexicon does not know)."""
    sep = BILINGUAL.search(text[skip:skip + 40])
    if sep is None:
        return None
    head = text[skip:skip + sep.start()]
    if len(head.split()) > 4 or any(c.isdigit() or c in ",:" for c in head):
        return None  # a value or a sentence before the slash, not a label in another tongue
    again = _match_label(text[skip + sep.end():])
    if again is None or again[0] == "other":
        return None
    return again[0], again[1] + skip + sep.end()


# Words of other parties that name no party here: told "to the insurer", "cost of repairs",
# a number filled in "(office use)".
NO_PARTY = re.compile(r"\(?(?:for\s+)?office\s+use(?:\s+only)?\)?|"
                      r"\bto\s+(?:the\s+)?insurer\b|\binsurer(?:'?s)?(?=\s+claim\b)|"
                      r"\b(?:cost|price|estimate)\s+of\s+(?:the\s+)?repairs?\b|\b(?:our|my)\s+client\b|"
                      r"\brepairs?\s+costs?\b")


def names_other_party(label: str) -> bool:
    """A label about somebody else ("Agent phone"); "notified to the insurer" is no party."""
    return bool(DECOY.search(NO_PARTY.sub("", label)))


def _match_label(text: str) -> tuple[str, int] | None:
    lowered = text.lower()
    best: tuple[str, int] | None = None
    for name, patterns in COMPILED.items():
        for pattern in patterns:
            m = pattern.match(lowered)
            if m and (best is None or m.end() > best[1]):
                best = (name, m.end())
    if best is None:
        return None
    if names_other_party(lowered[: best[1] + 1]) or names_other_party(lowered.split(":")[0][:40]):
        return ("other", best[1])
    return best


# Something that hit, struck or scraped a part of one's vehicle: a collision, whatever the
# part ("clipped the rear wing of our van", "hit the passenger side of my car").
VEHICLE_HIT = re.compile(r"\b(?:hit|struck|clipped|scraped|bumped|dented)\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,3}(?:of|on)\s+(?:my|our|his|her|their)\s+"
                         r"(?:car|vehicle|van|truck|lorry|motorbike|motorcycle|bike)\b")


TAKEN = re.compile(r"\b(?:car|vehicle|van|truck|bike|bicycle|motorbike|motorcycle|scooter|bag|"
                   r"handbag|wallet|purse|phone|laptop|jewell?ery|tools?)\s+(?:was|were|had\s+been|"
                   r"has\s+been|have\s+been)\s+taken\b")
# Somebody other than the claimant, named by their role, is the one hurt ("The guest slipped
# on the wet floor and hurt her back", "a delivery driver tripped on our steps"): they claim
# against the insured, so the claim is a liability claim, not the claimant's own injury.
THIRD_PARTY_HURT = re.compile(
    r"\b(?:the|a|an|one\s+of\s+(?:our|the))\s+(?:hotel\s+|restaurant\s+|shop\s+|store\s+)?"
    r"(?:guest|customer|visitor|pedestrian|passer-?by|member\s+of\s+the\s+public|shopper|"
    r"patron|diner|delivery\s+(?:driver|rider|man|woman)|courier|postman|postwoman)s?\b"
    r"[^.;]{0,60}?\b(?:slipped|tripped|fell|was\s+(?:hurt|injured|bitten|struck)|"
    r"(?:hurt|injured|broke|fractured|cut)\s+(?:his|her|their))\b")
TRAVEL_CONTEXT = {"trip", "luggage", "baggage", "suitcase", "flight"}


def classify_incident(text: str) -> tuple[str, float] | None:
    """The contract's incident type for a description or a loss-type label, with a score."""
    lowered = text.lower()
    if lowered.strip(" .:") == "water":
        return "water_damage", 1.0  # a kind-of-loss option of one word
    scores: dict[str, float] = {}
    for kind, words in INCIDENT_KEYWORDS.items():
        for word in words:
            if re.search(rf"\b{re.escape(word)}(?:s|es|ed|ing)?\b", lowered):
                # Who bears the loss decides liability, so its cues outweigh the cause's.
                # "Other" names no cause ("the other way", "the other driver"): no extra weight.
                weight = 2.0 if word == kind.replace("_", " ") and kind != "other" or \
                    kind == "liability" else 1.0
                if kind == "glass":
                    weight = 0.6  # broken glass is often what a storm or a thief left behind
                if word in TRAVEL_CONTEXT:
                    weight = 0.4  # a trip or a suitcase says where, a theft or a fall says what
                scores[kind] = scores.get(kind, 0.0) + weight
    if VEHICLE_HIT.search(lowered):  # "hit the passenger side of my car"
        scores["collision"] = scores.get("collision", 0.0) + 1.0
    if TAKEN.search(lowered):  # "my car was taken overnight": stolen, whatever the verb
        scores["theft"] = scores.get("theft", 0.0) + 1.0
    if THIRD_PARTY_HURT.search(lowered):  # a guest hurt on the insured's premises claims
        scores["liability"] = scores.get("liability", 0.0) + 3.0
    if not scores or len(scores) >= 3 and len(lowered.split()) <= 12:
        return None  # nothing, or a list of options ("Collision Theft Fire ...")
    kind = max(scores, key=lambda k: scores[k])
    return kind, scores[kind] / sum(scores.values())
