"""Train a fraud or reserve model on any labelled claims table (`python -m core train --csv`).

In: a CSV (or DataFrame) with a label column. The table is read with our own list of missing
markers, every column is classified (numeric, categorical, date, or dropped with a reason),
dates become year / month / weekday features plus the days between each pair of date columns,
categoricals are one-hot encoded. Out: 5-fold cross-validated metrics and an XGBoost booster
fitted on every row, with the feature plan needed to encode new rows the same way.
"""

from __future__ import annotations

import argparse
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    mean_absolute_error,
    mean_squared_error,
    r2_score,
    roc_auc_score,
)
from sklearn.model_selection import KFold, StratifiedKFold

from core.errors import ValidationError

Task = Literal["fraud", "reserve"]
TASKS: tuple[Task, ...] = ("fraud", "reserve")

# Always missing. Words such as "None" or "null" are missing only in an otherwise numeric
# column: elsewhere they are a category ("no authority contacted").
MISSING_MARKERS = frozenset({"", "?", "??", "-", "--", "N/A", "n/a", "NA", "na", "#N/A", "n.a.",
                             "#NA", "NaN", "nan", "-nan", ".", "<NA>", "missing", "MISSING"})
MISSING_IF_NUMERIC = frozenset({"None", "none", "NONE", "null", "NULL", "Null", "nil"})
DATE_FORMATS = ("ISO8601", "%m/%d/%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y", "%d-%m-%Y",
                "%m-%d-%Y", "%d-%b-%Y", "%d %b %Y", "%b %d %Y", "%m/%d/%y", "%d/%m/%y")
ID_WORDS = frozenset({"id", "ids", "number", "num", "no", "nr", "zip", "zipcode", "postcode",
                      "postal", "uuid", "guid", "ssn", "phone", "email", "key", "ref", "vin"})
POSITIVE = frozenset({"y", "yes", "true", "t", "1", "1.0", "fraud", "fraudulent", "positive"})
NEGATIVE = frozenset({"n", "no", "false", "f", "0", "0.0", "legit", "genuine", "negative"})
DATE_SHARE = 0.95  # share of the non-missing values that must parse for a column to be a date
ID_UNIQUE_SHARE = 0.5  # above this share of distinct values, a named id or a string is dropped
MAX_LEVELS = 50  # one-hot columns per categorical at most; rarer levels fall into "other"
FOLDS = 5
SEED = 0
FRAUD_PARAMS: dict[str, Any] = {
    "n_estimators": 300, "learning_rate": 0.05, "max_depth": 3, "min_child_weight": 2,
    "gamma": 2.0, "reg_alpha": 1.0,  # small wide tables: prune splits on noise columns
    "subsample": 0.8, "colsample_bytree": 0.8, "reg_lambda": 1.0, "tree_method": "hist",
    "eval_metric": "logloss", "random_state": SEED, "n_jobs": 2}
RESERVE_PARAMS: dict[str, Any] = {
    "n_estimators": 300, "learning_rate": 0.05, "max_depth": 4, "min_child_weight": 5,
    "subsample": 0.8, "colsample_bytree": 0.8, "reg_lambda": 1.0, "tree_method": "hist",
    "objective": "reg:squarederror", "random_state": SEED, "n_jobs": 2}


@dataclass
class ColumnPlan:
    """How one source column becomes features: kind, and levels or date format when needed."""

    name: str
    kind: Literal["numeric", "categorical", "date"]
    levels: list[str] = field(default_factory=list)
    date_format: str = ""
    missing_level: bool = False


@dataclass
class TableSummary:
    """What the training saw: rows, the columns used (by kind) and those dropped, with why."""

    rows: int
    rows_used: int
    label: str
    used: dict[str, str]
    dropped: dict[str, str]
    features: int
    positive_rate: float | None = None


@dataclass
class TabularResult:
    """Cross-validated metrics (mean, std), the booster fitted on all rows, and its features."""

    task: Task
    metrics: dict[str, dict[str, float]]
    booster: xgb.Booster
    feature_names: list[str]
    summary: TableSummary
    plan: list[ColumnPlan]
    params: dict[str, Any]

    def metadata(self) -> dict[str, Any]:
        """A JSON-ready description for the model registry."""
        return {"source": "table", "task": self.task, "label": self.summary.label,
                "target": "log1p(amount)" if self.task == "reserve" else "P(label = 1)",
                "features": self.feature_names, "metrics": self.metrics,
                "validation": f"{FOLDS}-fold {'stratified ' if self.task == 'fraud' else ''}CV",
                "training_data": asdict(self.summary), "params": self.params,
                "columns": [asdict(p) for p in self.plan]}


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a CSV with every cell as text, markers such as `?` or `N/A` turned into missing."""
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[])
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ValidationError({"csv": f"cannot read {path}: {exc}"}) from exc
    return clean_missing(raw)


def clean_missing(df: pd.DataFrame) -> pd.DataFrame:
    """Strip text cells and turn the missing markers into NaN (`None` only in numeric columns)."""
    out = {}
    for name in df.columns:
        col = df[name]
        if col.dtype == object or pd.api.types.is_string_dtype(col):
            col = col.astype("string").str.strip().astype(object)
            col = col.where(~col.isin(MISSING_MARKERS), np.nan)
            words = col.isin(MISSING_IF_NUMERIC)
            if words.any() and _is_numeric(col[~words]):
                col = col.where(~words, np.nan)
        out[str(name).strip()] = col
    return pd.DataFrame(out, index=df.index)


def plan_columns(df: pd.DataFrame, label: str,
                 exclude: tuple[str, ...] = ()) -> tuple[list[ColumnPlan], dict[str, str]]:
    """Decide how each column is used; returns the plans and the dropped columns with reasons."""
    plans: list[ColumnPlan] = []
    dropped: dict[str, str] = {}
    for name in df.columns:
        if name == label:
            continue
        if name in exclude:
            dropped[name] = "excluded by name (--exclude)"
            continue
        plan, reason = _plan_column(name, df[name])
        if plan is None:
            dropped[name] = reason
        else:
            plans.append(plan)
    return plans, dropped


def _plan_column(name: str, col: pd.Series) -> tuple[ColumnPlan | None, str]:
    values = col.dropna()
    n, distinct = len(values), values.nunique()
    if n == 0:
        return None, "empty"
    if distinct <= 1:
        return None, f"constant ({values.iloc[0]!r})"
    share = distinct / n
    named_id = bool(_name_words(name) & ID_WORDS)
    if _is_numeric(values):
        numbers = pd.to_numeric(values)
        integral = bool((numbers == numbers.round()).all())
        if named_id and share > ID_UNIQUE_SHARE:
            return None, f"identifier-like ({distinct} distinct of {n}, name)"
        if integral and distinct == n and numbers.max() - numbers.min() + 1 == n:
            return None, f"identifier-like (row number, {distinct} distinct of {n})"
        return ColumnPlan(name, "numeric"), ""
    fmt = _date_format(values)
    if fmt:
        return ColumnPlan(name, "date", date_format=fmt), ""
    if share > ID_UNIQUE_SHARE or (named_id and share > 0.2):
        return None, f"identifier-like or free text ({distinct} distinct of {n})"
    counts = values.value_counts()
    min_count = max(5, math.ceil(0.005 * n))
    levels = [str(v) for v, c in counts.items() if c >= min_count][:MAX_LEVELS]
    if not levels:
        return None, f"no level seen {min_count} times ({distinct} distinct of {n})"
    return ColumnPlan(name, "categorical", levels=levels,
                      missing_level=bool(col.isna().any())), ""


def _name_words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return {w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w}


def _is_numeric(values: pd.Series) -> bool:
    values = values.dropna()
    return len(values) > 0 and bool(pd.to_numeric(values, errors="coerce").notna().all())


def _date_format(values: pd.Series) -> str:
    text = values.astype(str)
    if not text.str.contains(r"\d", regex=True).all() or text.str.len().max() > 40:
        return ""
    best, best_share = "", 0.0
    for fmt in DATE_FORMATS:
        parsed = pd.to_datetime(text, format=fmt, errors="coerce")
        share = float(parsed.notna().mean())
        if share > best_share:
            best, best_share = fmt, share
    return best if best_share >= DATE_SHARE else ""


def encode_table(df: pd.DataFrame, plan: list[ColumnPlan]) -> pd.DataFrame:
    """Turn a cleaned table into the float feature matrix the plan describes (same for new rows)."""
    features: dict[str, pd.Series] = {}
    dates: list[tuple[str, pd.Series]] = []
    for p in plan:
        col = df[p.name] if p.name in df.columns else pd.Series(np.nan, index=df.index)
        if p.kind == "numeric":
            features[p.name] = pd.to_numeric(col, errors="coerce")
        elif p.kind == "date":
            when = pd.to_datetime(col.astype("string"), format=p.date_format, errors="coerce")
            dates.append((p.name, when))
            features[f"{p.name}__year"] = when.dt.year
            features[f"{p.name}__month"] = when.dt.month
            features[f"{p.name}__weekday"] = when.dt.day_of_week
        else:
            text = col.astype("string")
            for level in p.levels:
                features[f"{p.name}={level}"] = (text == level).fillna(False)
            features[f"{p.name}=other"] = (text.notna() & ~text.isin(p.levels)).fillna(False)
            if p.missing_level:
                features[f"{p.name}=missing"] = text.isna()
    for i, (first, start) in enumerate(dates):
        for second, end in dates[i + 1:]:
            features[f"days_{first}_to_{second}"] = (end - start).dt.days
    return pd.DataFrame(features, index=df.index).astype("float32")


def label_vector(col: pd.Series, task: Task) -> pd.Series:
    """The target: 0/1 for fraud (Y/N, yes/no, true/false, 1/0), the amount for reserve."""
    if task == "reserve":
        amount = pd.to_numeric(col, errors="coerce")
        if amount.notna().sum() == 0:
            raise ValidationError({"label": f"{col.name} holds no numbers"})
        return amount.where(amount >= 0)
    text = col.astype("string").str.strip().str.lower()
    unknown = sorted(set(text.dropna()) - POSITIVE - NEGATIVE)
    if unknown:
        raise ValidationError({"label": f"{col.name} is not yes/no: {unknown[:5]}"})
    return text.map(lambda v: 1.0 if v in POSITIVE else 0.0 if v in NEGATIVE else np.nan)


def train_table(df: pd.DataFrame, label: str, task: Task,
                exclude: tuple[str, ...] | list[str] = ()) -> TabularResult:
    """Cross-validate and fit a fraud classifier or a log-amount reserve regressor on a table."""
    if task not in TASKS:
        raise ValidationError({"task": f"{task!r} is not one of {', '.join(TASKS)}"})
    df = clean_missing(df)
    exclude = tuple(e.strip() for e in exclude if e.strip())
    missing = [c for c in (label, *exclude) if c not in df.columns]
    if missing:
        raise ValidationError({"columns": f"not in the table: {', '.join(missing)}"})
    target = label_vector(df[label], task)
    keep = target.notna()
    plan, dropped = plan_columns(df[keep], label, exclude)
    if not plan:
        raise ValidationError({"columns": "no usable feature column"})
    X = encode_table(df[keep], plan)
    y = target[keep].to_numpy(dtype=float)
    if task == "fraud" and (min(y.sum(), len(y) - y.sum()) < FOLDS):
        raise ValidationError({"label": f"need at least {FOLDS} rows of each class"})
    metrics, params = (_cv_fraud(X, y) if task == "fraud" else _cv_reserve(X, np.log1p(y)))
    model = _make_model(task, params)
    model.fit(X, y if task == "fraud" else np.log1p(y))
    booster = model.get_booster()
    summary = TableSummary(
        rows=len(df), rows_used=int(keep.sum()), label=label, features=X.shape[1],
        used={p.name: p.kind for p in plan}, dropped=dropped,
        positive_rate=float(y.mean()) if task == "fraud" else None)
    return TabularResult(task, metrics, booster, list(X.columns), summary, plan, params)


def _make_model(task: Task, params: dict[str, Any]) -> xgb.XGBModel:
    return xgb.XGBClassifier(**params) if task == "fraud" else xgb.XGBRegressor(**params)


def _cv_fraud(X: pd.DataFrame, y: np.ndarray) -> tuple[dict[str, dict[str, float]], dict]:
    params = dict(FRAUD_PARAMS)
    ratio = (len(y) - y.sum()) / max(y.sum(), 1.0)
    params["max_delta_step"] = 1 if ratio > 5 else 0  # keeps rare-class leaves stable
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    scores: dict[str, list[float]] = {"roc_auc": [], "pr_auc": [], "brier": []}
    for train, test in folds.split(X, y):
        model = xgb.XGBClassifier(**params).fit(X.iloc[train], y[train])
        prob = model.predict_proba(X.iloc[test])[:, 1]
        scores["roc_auc"].append(roc_auc_score(y[test], prob))
        scores["pr_auc"].append(average_precision_score(y[test], prob))
        scores["brier"].append(brier_score_loss(y[test], prob))
    return _mean_std(scores), params


def _cv_reserve(X: pd.DataFrame, y: np.ndarray) -> tuple[dict[str, dict[str, float]], dict]:
    params = dict(RESERVE_PARAMS)
    folds = KFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    scores: dict[str, list[float]] = {"mae": [], "rmse": [], "r2": []}
    for train, test in folds.split(X):
        model = xgb.XGBRegressor(**params).fit(X.iloc[train], y[train])
        pred = model.predict(X.iloc[test])
        scores["mae"].append(mean_absolute_error(y[test], pred))
        scores["rmse"].append(math.sqrt(mean_squared_error(y[test], pred)))
        scores["r2"].append(r2_score(y[test], pred))
    return _mean_std(scores), params


def _mean_std(scores: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {k: {"mean": float(np.mean(v)), "std": float(np.std(v))} for k, v in scores.items()}


METRIC_LABELS = {"roc_auc": "ROC-AUC", "pr_auc": "PR-AUC", "brier": "Brier",
                 "mae": "MAE (log amount)", "rmse": "RMSE (log amount)", "r2": "R² (log amount)"}


def format_result(result: TabularResult, source: str = "table") -> str:
    """The report `train --csv` prints: data summary, CV metrics, dropped columns."""
    s = result.summary
    head = (f"{source}: {s.rows} rows ({s.rows_used} with a label), {len(s.used)} columns used "
            f"-> {s.features} features, {len(s.dropped)} dropped; task {result.task}, "
            f"label {s.label}")
    if s.positive_rate is not None:
        head += f" ({100 * s.positive_rate:.1f} % positive)"
    kind = "stratified " if result.task == "fraud" else ""
    lines = [head, f"{FOLDS}-fold {kind}cross-validation (mean ± std):"]
    lines += [f"  {METRIC_LABELS[k]:<18} {v['mean']:.3f} ± {v['std']:.3f}"
              for k, v in result.metrics.items()]
    lines.append("dropped columns:" if s.dropped else "dropped columns: none")
    lines += [f"  {name}: {reason}" for name, reason in s.dropped.items()]
    return "\n".join(lines)


def main_train_csv(args: argparse.Namespace) -> int:
    """`python -m core train --csv PATH --label COL --task fraud|reserve [--exclude A,B]`."""
    if not args.label or not args.task:
        raise ValidationError({"train --csv": "--label and --task are required"})
    exclude = tuple(e for e in (args.exclude or "").split(",") if e.strip())
    result = train_table(read_table(args.csv), args.label, args.task, exclude)
    print(format_result(result, Path(args.csv).name), flush=True)
    if getattr(args, "register", False):
        from core.db import prepare_database
        from core.scoring.registry import register_version

        prepare_database()
        view = register_version(f"{result.task}-table", result.booster,
                                {**result.metadata(), "csv": Path(args.csv).name}, actor=None)
        print(f"registered {view.model_name} {view.version} (not active)")
    return 0
