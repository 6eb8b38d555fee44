"""The SQL of the scale bench's loader: one INSERT ... SELECT ... FROM generate_series per table.

Distributions: claims spread evenly over three years (ids in time order, as intake gives
them); status by age (older claims mostly decided); amounts log-uniform with a tail; incident
types weighted; 97% of claims scored, fraud probability skewed low with rejected claims
riskier, the band from the thresholds in core.config (risk_medium, risk_high, bound as
:medium and :high); 10% of claims also keep an older, no longer current score. Parameters:
:now, :today and the sizes (:claims, :customers, :policies, :calls, :campaigns, :adjusters).
"""

from __future__ import annotations

FIRST_NAMES = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony "
    "Betty Mark Sandra Paul Ashley Steven Kimberly Andrew Emily Joshua Donna Kevin Michelle "
    "Brian Carol Aisha Mateo Priya Wei Fatima Lucas Sofia Omar Chloe Ravi"
).split()
LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
    "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen "
    "Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Patel "
    "Kim Chen Okafor Schmidt Rossi Novak Silva Costa Dubois Jensen Kowalski Murphy Sato Cohen "
    "Ali Khan Singh Yilmaz Ivanova Moreau Bianchi Larsen Fischer Weber"
).split()
CITIES = ("Boston Chicago Denver Austin Seattle Miami Atlanta Phoenix Portland Detroit "
          "Nashville Omaha Tampa Raleigh Columbus").split()
PRODUCTS = (("MOTOR-STD", "Motor Standard", "motor"), ("MOTOR-PLUS", "Motor Plus", "motor"),
            ("HOME-STD", "Home Standard", "home"), ("HOME-PLUS", "Home Plus", "home"),
            ("HEALTH-BASIC", "Health Basic", "health"),
            ("HEALTH-FAMILY", "Health Family", "health"),
            ("LIFE-TERM", "Life Term", "life"), ("LIFE-WHOLE", "Life Whole", "life"),
            ("TRAVEL-SINGLE", "Travel Single Trip", "travel"),
            ("TRAVEL-ANNUAL", "Travel Annual", "travel"))
CAMPAIGNS = 24
ADJUSTERS = 6  # users 2..7 decide claims; user 1 is the admin


def pick(values: tuple[str, ...] | list[str], r: str) -> str:
    """SQL choosing one of `values` uniformly by the random column `r` in [0, 1)."""
    items = ",".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"(ARRAY[{items}])[1 + floor({r} * {len(values)})::int]"


def weighted(choices: list[tuple[str, float]], r: str) -> str:
    """SQL CASE choosing a value by cumulative weights on the random column `r`."""
    total = sum(w for _, w in choices)
    parts, edge = [], 0.0
    for value, weight in choices[:-1]:
        edge += weight / total
        parts.append(f"WHEN {r} < {edge:.6f} THEN '{value}'")
    return f"(CASE {' '.join(parts)} ELSE '{choices[-1][0]}' END)"


FIRST, LAST = pick(FIRST_NAMES, "r_first"), pick(LAST_NAMES, "r_last")
INCIDENT = weighted([("collision", 30), ("theft", 10), ("fire", 4), ("water_damage", 14),
                      ("weather", 9), ("vandalism", 6), ("glass", 12), ("injury", 6),
                      ("liability", 5), ("other", 4)], "r_type")
# Open work dominates the last two months; older claims are mostly decided.
STATUS_RECENT = weighted([("new", 30), ("in_review", 33), ("info_requested", 10),
                           ("approved", 15), ("rejected", 6), ("withdrawn", 3), ("closed", 3)],
                          "r_status")
STATUS_OLD = weighted([("new", 1), ("in_review", 2), ("info_requested", 1), ("approved", 46),
                        ("rejected", 12), ("withdrawn", 5), ("closed", 33)], "r_status")
REJECT_REASON = weighted([("suspected_fraud", 30), ("not_covered", 25),
                           ("policy_not_in_force", 10), ("duplicate", 10),
                           ("insufficient_evidence", 20), ("other", 5)], "r_reason")
CALL_STATUS = weighted([("completed", 55), ("no_answer", 18), ("busy", 8), ("declined", 6),
                         ("failed", 4), ("queued", 9)], "r_status")
CALL_OUTCOME = weighted([("interested", 20), ("renewed", 25), ("call_back", 15),
                          ("not_interested", 25), ("wrong_person", 5), ("voicemail", 10)],
                         "r_outcome")
CALL_PURPOSE = weighted([("renewal_reminder", 50), ("claim_follow_up", 25),
                          ("product_offer", 20), ("payment_reminder", 5)], "r_purpose")

USERS_SQL = """
INSERT INTO users (id, username, name, email, password_hash, role, active,
                   failed_login_attempts, created_at, updated_at)
SELECT i, CASE WHEN i = 1 THEN 'scale_admin' ELSE 'scale_adjuster' || i END,
       CASE WHEN i = 1 THEN 'Scale Admin' ELSE 'Scale Adjuster ' || i END,
       'scale' || i || '@example.com', '!bench-user-cannot-log-in',
       CASE WHEN i = 1 THEN 'admin' ELSE 'adjuster' END, true, 0, :now, :now
FROM generate_series(1, :adjusters + 1) AS i
"""

MODELS_SQL = """
INSERT INTO model_versions (id, model_name, version, path, sha256, metrics, details, active,
                            created_at, activated_at)
VALUES (1, 'fraud', 'v1', 'bench/fraud/v1', repeat('0', 64), '{}', '{}', false,
        :now - interval '1200 days', :now - interval '1200 days'),
       (2, 'fraud', 'v2', 'bench/fraud/v2', repeat('1', 64), '{}', '{}', true,
        :now - interval '400 days', :now - interval '400 days'),
       (3, 'reserve', 'v1', 'bench/reserve/v1', repeat('2', 64), '{}', '{}', true,
        :now - interval '1200 days', :now - interval '1200 days')
"""

PRODUCTS_SQL = """
INSERT INTO products (id, code, name, product_type, base_premium, sum_assured_options, features,
                      eligibility, active, created_at, updated_at)
SELECT i, code, name, product_type, 300 + 40 * i, '[10000, 50000, 100000]', '[]', '{}', true,
       :now - interval '1900 days', :now - interval '1900 days'
FROM unnest(CAST(:codes AS text[]), CAST(:names AS text[]), CAST(:types AS text[]))
     WITH ORDINALITY AS p(code, name, product_type, i)
"""

CUSTOMERS_SQL = f"""
INSERT INTO customers (id, code, name, email, phone, date_of_birth, city, address, timezone,
                       call_window_start, call_window_end, do_not_call, call_count,
                       created_at, updated_at)
SELECT i, 'CUS-' || lpad(i::text, 6, '0'), {FIRST} || ' ' || {LAST},
       lower({FIRST} || '.' || {LAST} || i) || '@example.com',
       '+1555' || lpad(i::text, 7, '0'), date '1945-01-01' + floor(r_age * 20000)::int,
       {pick(CITIES, 'r_city')}, i || ' Main Street', 'America/New_York',
       time '09:00', time '19:00', r_dnc < 0.03, 0, created, created
FROM (SELECT i, random() AS r_first, random() AS r_last, random() AS r_age,
             random() AS r_city, random() AS r_dnc,
             :now - (random() * 1800) * interval '1 day' AS created
      FROM generate_series(1, :customers) AS i) AS g
"""

# One-year terms started over four years; the renewal state follows where the term stands.
POLICIES_SQL = """
INSERT INTO policies (id, number, customer_id, product_id, premium, sum_assured, start_date,
                      end_date, status, renewal_status, auto_renew, created_at, updated_at)
SELECT i, 'POL-' || extract(year FROM start_date)::int || '-' || lpad(i::text, 6, '0'),
       customer_id, product_id, round((200 + r_premium * 1800)::numeric, 2),
       (ARRAY[10000, 25000, 50000, 100000, 250000])[1 + floor(r_sum * 5)::int],
       start_date, start_date + 365,
       CASE WHEN start_date + 365 > :today THEN (CASE WHEN r_status < 0.96 THEN 'active'
                                                    ELSE 'cancelled' END)
            WHEN r_status < 0.85 THEN 'expired' WHEN r_status < 0.95 THEN 'lapsed'
            ELSE 'cancelled' END,
       CASE WHEN start_date + 365 > :today + 90 THEN 'not_due'
            WHEN start_date + 365 > :today THEN (CASE WHEN r_renew < 0.55 THEN 'due'
                                                      WHEN r_renew < 0.85 THEN 'renewed'
                                                      ELSE 'declined' END)
            WHEN r_renew < 0.6 THEN 'renewed' WHEN r_renew < 0.85 THEN 'declined'
            ELSE 'due' END,
       r_renew < 0.3, start_date - 7, start_date - 7
FROM (SELECT i, 1 + floor(random() * :customers)::int AS customer_id,
             1 + floor(random() * 10)::int AS product_id, random() AS r_premium,
             random() AS r_sum, random() AS r_status, random() AS r_renew,
             :today - floor(random() * 1460)::int AS start_date
      FROM generate_series(1, :policies) AS i) AS g
"""

# Claims in id order over three years; 95% on a policy (customer from it), the claimant
# usually the customer; status by age; decided claims carry who, when and (rejected) why.
CLAIMS_SQL = f"""
INSERT INTO claims (id, number, policy_id, customer_id, status, source, claimed_amount,
                    approved_amount, reserve_amount, currency, date_of_loss, date_reported,
                    incident_type, claimant_name, description, fields, warnings,
                    decision_reason, decided_by_id, decided_at, created_at, updated_at, version)
SELECT g.id, 'CLM-' || extract(year FROM g.created_at)::int || '-' || lpad(g.id::text, 6, '0'),
       p.id, p.customer_id, g.status, CASE WHEN r_src < 0.8 THEN 'document' ELSE 'manual' END,
       g.amount,
       CASE WHEN g.status IN ('approved', 'closed')
            THEN round(g.amount * (0.6 + 0.4 * r_paid)::numeric, 2) END,
       CASE WHEN g.status IN ('new', 'in_review', 'info_requested', 'approved')
            THEN round(g.amount * (0.7 + 0.5 * r_paid)::numeric, 2) END,
       'USD', g.created_at::date - floor(r_loss * 45)::int, g.created_at::date, g.incident,
       CASE WHEN c.name IS NOT NULL AND r_claimant < 0.85 THEN c.name
            ELSE {FIRST} || ' ' || {LAST} END,
       NULL, '{{}}', '[]',
       CASE WHEN g.status = 'rejected' THEN {REJECT_REASON} END,
       CASE WHEN g.decided THEN 2 + floor(r_user * {ADJUSTERS})::int END,
       CASE WHEN g.decided THEN g.decided_at END,
       g.created_at, CASE WHEN g.decided THEN g.decided_at ELSE g.created_at END,
       1
FROM (SELECT s.*, s.status IN ('approved', 'rejected', 'closed') AS decided,
             least(:now, s.created_at + (0.2 + 40 * r_dec ^ 2) * interval '1 day') AS decided_at
      FROM (SELECT r.*,
                   CASE WHEN r.created_at > :now - interval '60 days' THEN {STATUS_RECENT}
                        ELSE {STATUS_OLD} END AS status,
                   {INCIDENT} AS incident,
                   round((150 * exp(r_amount * 4.2) * (CASE WHEN r_tail < 0.04 THEN 6 ELSE 1
                                                          END))::numeric, 2) AS amount
            FROM (SELECT i AS id,
                         :now - interval '1095 days' + ((i - 1 + random()) / :claims)
                              * interval '1095 days' AS created_at,
                         CASE WHEN random() < 0.95 THEN 1 + floor(random() * :policies)::int
                         END AS policy_id,
                         random() AS r_status, random() AS r_type, random() AS r_amount,
                         random() AS r_tail, random() AS r_paid, random() AS r_src,
                         random() AS r_loss, random() AS r_claimant, random() AS r_first,
                         random() AS r_last, random() AS r_reason, random() AS r_user,
                         random() AS r_dec
                  FROM generate_series(1, :claims) AS i) AS r) AS s) AS g
LEFT JOIN policies AS p ON p.id = g.policy_id
LEFT JOIN customers AS c ON c.id = p.customer_id
"""

# A score row of probability p with its band by the settings' thresholds.
SCORE_INSERT = """
INSERT INTO scores (claim_id, fraud_model_version_id, reserve_model_version_id,
                    fraud_probability, risk_band, reserve_estimate, reasons, features, current,
                    created_at)
SELECT id, {model}, 3, p, CASE WHEN p >= :high THEN 'high' WHEN p >= :medium THEN 'medium'
                               ELSE 'low' END,"""

# An older score, no longer current, for one claim in ten (model fraud v1).
OLD_SCORES_SQL = SCORE_INSERT.format(model=1) + """
       round(claimed_amount * 0.9, 2), '[]', '{}', false, created_at + interval '30 seconds'
FROM (SELECT id, claimed_amount, created_at, random() ^ 4 AS p FROM claims
      WHERE id % 10 = 3) AS c
"""

# The current score of 97% of claims: skewed low, rejected claims riskier.
SCORES_SQL = SCORE_INSERT.format(model=2) + """
       round(claimed_amount * (0.6 + 0.5 * r_res)::numeric, 2), '[]', '{}', true,
       created_at + interval '2 minutes'
FROM (SELECT id, claimed_amount, created_at, random() AS r_res,
             CASE WHEN status = 'rejected' THEN 0.25 + 0.75 * random() ^ 0.5
                  ELSE random() ^ 5 END AS p,
             random() AS r_scored
      FROM claims) AS c
WHERE r_scored < 0.97
"""

CAMPAIGNS_SQL = """
INSERT INTO campaigns (id, name, purpose, status, criteria, product_id, max_attempts,
                       retry_backoff_minutes, created_by_id, created_at, started_at, finished_at)
SELECT i, 'Campaign ' || i, CASE WHEN i % 3 = 0 THEN 'product_offer' ELSE 'renewal_reminder'
                            END,
       CASE WHEN i > :campaigns - 2 THEN 'running' WHEN i = :campaigns - 2 THEN 'paused'
            ELSE 'completed' END,
       '{}', CASE WHEN i % 3 = 0 THEN 1 + i % 10 END, 3, 60, 1, created,
       created + interval '1 hour',
       CASE WHEN i < :campaigns - 2 THEN created + interval '5 days' END
FROM (SELECT i, :now - ((:campaigns - i) * 45 + 10) * interval '1 day' AS created
      FROM generate_series(1, :campaigns) AS i) AS g
"""

# 60% of calls belong to a campaign (during its run, with its purpose and, for an offer, its
# product); (campaign, customer) never repeats, as the unique key asks. Other calls are spread
# over three years; only product offers name a product.
CALLS_SQL = f"""
INSERT INTO calls (customer_id, policy_id, campaign_id, product_id, purpose, status, attempt,
                   phone, simulated, outcome, summary, created_at, started_at, answered_at,
                   ended_at, duration_seconds)
SELECT customer_id, NULL, campaign_id,
       CASE WHEN purpose = 'product_offer' THEN coalesce(1 + campaign_id % 10,
                                                         1 + floor(r_product * 10)::int) END,
       purpose, status, 1, '+1555' || lpad(customer_id::text, 7, '0'), false,
       CASE WHEN status = 'completed' THEN {CALL_OUTCOME} END, NULL,
       created_at, created_at + interval '2 seconds',
       CASE WHEN status = 'completed' THEN created_at + interval '9 seconds' END,
       CASE WHEN status <> 'queued' THEN created_at + (12 + duration) * interval '1 second' END,
       CASE WHEN status = 'completed' THEN duration END
FROM (SELECT c.*,
             CASE WHEN campaign_id IS NULL THEN {CALL_PURPOSE}
                  WHEN campaign_id % 3 = 0 THEN 'product_offer'
                  ELSE 'renewal_reminder' END AS purpose,
             CASE WHEN campaign_id IS NULL
                  THEN :now - (1 - i::float / :calls) * interval '1095 days'
                  ELSE :now - ((:campaigns - campaign_id) * 45 + 10 - r_day * 5)
                              * interval '1 day' END AS created_at
      FROM (SELECT i, {CALL_STATUS} AS status, r_outcome, r_purpose, r_product, r_day,
                   CASE WHEN r_campaign < 0.6 THEN 1 + i % :campaigns END AS campaign_id,
                   CASE WHEN r_campaign < 0.6
                        THEN 1 + ((i / :campaigns)::bigint * 7919) % :customers
                        ELSE 1 + floor(random() * :customers)::int END AS customer_id,
                   floor(20 + random() * 400)::int AS duration
            FROM (SELECT i, random() AS r_status, random() AS r_outcome, random() AS r_purpose,
                         random() AS r_product, random() AS r_campaign, random() AS r_day
                  FROM generate_series(1, :calls) AS i) AS r) AS c) AS g
"""

# The reports' rollups (migration 0009), which their triggers would keep had they not been off
# for the load: filled as the migration fills them from the claims already there.
RESERVE_DAYS_SQL = """
INSERT INTO claim_reserve_days (day, product_id, incident_type, claims, open_claims,
                                open_reserve, claimed_total, approved_total)
SELECT CAST(c.created_at AS DATE), coalesce(p.product_id, 0), coalesce(c.incident_type, ''),
       count(*), count(*) FILTER (WHERE c.status IN ('new', 'in_review', 'info_requested')),
       coalesce(sum(c.reserve_amount) FILTER (
           WHERE c.status IN ('new', 'in_review', 'info_requested')), 0),
       coalesce(sum(c.claimed_amount), 0),
       coalesce(sum(c.approved_amount) FILTER (WHERE c.status = 'approved'), 0)
FROM claims AS c LEFT JOIN policies AS p ON p.id = c.policy_id
GROUP BY 1, 2, 3
"""
STATUS_DAYS_SQL = """
INSERT INTO claim_status_days (day, product_id, status, claims)
SELECT CAST(c.created_at AS DATE), coalesce(p.product_id, 0), c.status, count(*)
FROM claims AS c LEFT JOIN policies AS p ON p.id = c.policy_id
GROUP BY 1, 2, 3
"""

STEPS = (("users", USERS_SQL), ("products", PRODUCTS_SQL), ("model_versions", MODELS_SQL),
         ("customers", CUSTOMERS_SQL),
         ("policies", POLICIES_SQL), ("claims", CLAIMS_SQL),
         ("claim_reserve_days", RESERVE_DAYS_SQL), ("claim_status_days", STATUS_DAYS_SQL),
         ("scores (older)", OLD_SCORES_SQL),
         ("scores (current)", SCORES_SQL), ("campaigns", CAMPAIGNS_SQL), ("calls", CALLS_SQL))
TABLES = ("users", "products", "model_versions", "customers", "policies", "claims", "scores",
          "campaigns", "calls")
ROLLUPS = ("claim_reserve_days", "claim_status_days")  # keyed by what they count: no id sequence
