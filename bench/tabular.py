"""Print `train --csv` cross-validated metrics on the two shared public tables (../shared/data).

    .venv/bin/python -m bench.tabular [DATA_DIR]

insurance_claims.csv: fraud_reported, 5-fold stratified CV (acceptance ROC-AUC >= 0.85).
ausautoBI8999.csv: AggClaim reserve on log amount, settlement-time columns excluded (R² ref 0.35).
The tables are read in place and never copied into the repository.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from core.scoring.tabular import format_result, read_table, train_table

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
RUNS = (("insurance_claims.csv", "fraud_reported", "fraud", ()),
        ("ausautoBI8999.csv", "AggClaim", "reserve", ("OpTime", "FinDate", "FinMth")))


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else DATA
    for name, label, task, exclude in RUNS:
        path = data / name
        if not path.exists():
            print(f"{name}: not found in {data.resolve()}, skipped")
            continue
        started = time.perf_counter()
        result = train_table(read_table(path), label, task, exclude)  # type: ignore[arg-type]
        print(format_result(result, name))
        print(f"  ({time.perf_counter() - started:.1f} s with CV and the final fit)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
