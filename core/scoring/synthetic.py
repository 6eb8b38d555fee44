"""A synthetic claims history with documented fraud patterns, for the shipped default models.

`synthetic_history(n, seed)` returns one row per claim: every raw feature of
core.scoring.features, `fraud` (1 = rejected as fraud) and `settled_amount` (USD paid; NaN
for fraud). The same seed always gives the same table.

Claims are drawn per product type (motor, home, health, travel, life) with plausible sums
assured, incident types and claim sizes (log-normal around the product's typical claim). The
fraud label is drawn from a logistic model on these documented patterns (log-odds added to a
base of -3.3, about 12 % fraud overall):

- loss soon after the policy started: +1.6 within 30 days, +0.7 within 60 days;
- late reporting: +0.04 per day beyond 14 days (capped at 60 days);
- amount near or above the sum assured: +1.5 when the claim is 80 % of it or more;
  +0.8 when the claim is over three times the product's typical claim;
- many prior claims: +0.5 per claim in 12 months, +0.25 per claim in 36 months;
- theft without a police report: +1.3;
- duplicate documents (the same file uploaded again): +2.0;
- many extraction warnings (+0.25 each) and hand edits of fields (+0.35 each);
- young customers (under 25): +0.5; long tenure lowers it (-0.08 per year).

Settled amounts for genuine claims are the claimed amount times a share drawn around 85 %,
capped at the sum assured, with gamma noise.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.scoring.features import TYPICAL_CLAIM_USD

SEED = 20260401
PRODUCTS = {  # product: (share, sums assured, incident types)
    "motor": (0.40, (10000, 25000, 50000, 100000),
              ("collision", "theft", "glass", "vandalism", "liability", "injury")),
    "home": (0.25, (20000, 50000, 150000, 300000, 500000),
             ("fire", "water_damage", "weather", "theft", "vandalism")),
    "health": (0.15, (100000, 250000), ("injury", "other")),
    "travel": (0.12, (5000, 20000), ("theft", "injury", "other")),
    "life": (0.08, (250000, 500000, 1000000), ("other", "injury")),
}
POLICE_LIKELY = ("theft", "collision", "vandalism", "liability")


def _with_missing(rng: np.random.Generator, values: np.ndarray, rate: float) -> np.ndarray:
    values = values.astype(float)
    values[rng.random(len(values)) < rate] = np.nan
    return values


def fraud_log_odds(df: pd.DataFrame) -> np.ndarray:
    """The documented fraud patterns as log-odds per row (before the random draw)."""
    d = df.fillna({"days_policy_to_loss": 180, "days_loss_to_report": 3, "customer_age": 45,
                   "customer_tenure_years": 3, "amount_to_sum_assured": 0.1,
                   "amount_to_typical": 1.0})
    logit = np.full(len(d), -3.3)
    logit += 1.6 * (d.days_policy_to_loss < 30) + 0.7 * d.days_policy_to_loss.between(30, 59)
    logit += 0.04 * np.clip(d.days_loss_to_report - 14, 0, 60)
    logit += 1.5 * (d.amount_to_sum_assured >= 0.8) + 0.8 * (d.amount_to_typical > 3)
    logit += 0.5 * d.prior_claims_12m + 0.25 * d.prior_claims_36m
    logit += 1.3 * ((d.incident_type == "theft") & (d.police_report == 0))
    logit += 2.0 * d.duplicate_document
    logit += 0.25 * d.extraction_warnings + 0.35 * d.field_edits
    logit += 0.5 * (d.customer_age < 25) - 0.08 * np.minimum(d.customer_tenure_years, 20)
    return np.asarray(logit, dtype=float)


def synthetic_history(n: int = 50_000, seed: int = SEED) -> pd.DataFrame:
    """`n` synthetic decided claims: raw features, `fraud` (0/1) and `settled_amount` (USD)."""
    rng = np.random.default_rng(seed)
    names = list(PRODUCTS)
    product = rng.choice(names, size=n, p=[PRODUCTS[p][0] for p in names])
    incident = np.empty(n, dtype=object)
    sum_assured = np.empty(n)
    for name in names:
        mask = product == name
        _share, sums, incidents = PRODUCTS[name]
        incident[mask] = rng.choice(incidents, size=mask.sum())
        sum_assured[mask] = rng.choice(sums, size=mask.sum())
    typical = np.array([TYPICAL_CLAIM_USD[p] for p in product])
    amount = np.round(np.minimum(typical * rng.lognormal(-0.2, 0.8, n), sum_assured * 1.2), 2)
    # A few claims inflated towards the sum assured.
    inflated = rng.random(n) < 0.04
    amount[inflated] = np.round(sum_assured[inflated] * rng.uniform(0.7, 1.1, inflated.sum()), 2)
    days_to_loss = rng.integers(0, 365, n).astype(float)
    early = rng.random(n) < 0.06
    days_to_loss[early] = rng.integers(0, 45, early.sum())
    report = np.round(rng.exponential(4.0, n))
    late = rng.random(n) < 0.05
    report[late] = rng.integers(15, 90, late.sum())
    prior36 = rng.poisson(0.45, n)
    prior12 = rng.binomial(prior36, 0.4)
    age = np.clip(rng.normal(46, 15, n), 18, 90).round(1)
    tenure = np.minimum(rng.exponential(5.0, n) + days_to_loss / 365.25, age - 17).round(2)
    police_p = np.where(np.isin(incident, POLICE_LIKELY), 0.7, 0.1)
    police = (rng.random(n) < police_p).astype(float)
    vehicle = np.where(product == "motor", rng.integers(0, 21, n), np.nan)
    df = pd.DataFrame({
        "claimed_amount": amount,
        "amount_to_sum_assured": np.round(amount / sum_assured, 4),
        "amount_to_typical": np.round(amount / typical, 4),
        "days_policy_to_loss": _with_missing(rng, days_to_loss, 0.03),
        "days_loss_to_report": _with_missing(rng, report, 0.03),
        "prior_claims_12m": prior12.astype(float),
        "prior_claims_36m": prior36.astype(float),
        "customer_tenure_years": _with_missing(rng, tenure, 0.05),
        "customer_age": _with_missing(rng, age, 0.05),
        "product_type": product,
        "incident_type": incident,
        "police_report": police,
        "vehicle_age_years": vehicle,
        "duplicate_document": (rng.random(n) < 0.02).astype(float),
        "extraction_warnings": rng.poisson(0.8, n).astype(float),
        "field_edits": rng.poisson(0.5, n).astype(float),
    })
    chance = 1.0 / (1.0 + np.exp(-fraud_log_odds(df)))
    df["fraud"] = (rng.random(n) < chance).astype(int)
    share = rng.beta(8, 1.5, n)
    settled = np.minimum(amount * share * rng.gamma(20, 1 / 20, n), sum_assured)
    df["settled_amount"] = np.where(df.fraud == 1, np.nan, np.round(np.maximum(settled, 1.0), 2))
    return df
