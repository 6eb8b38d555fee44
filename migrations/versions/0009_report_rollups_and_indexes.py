"""report rollups and indexes at a million claims (issue #6)

claim_reserve_days holds, per UTC day of intake, product of the claim's policy and incident type,
the figures of the reserve reports; triggers on claims (insert, delete, and an update of any
column those figures read) and on policies (a change of product) keep it exact, whatever code
writes the rows. It is filled from the claims already there. An index on claims (decided_at,
created_at) serves the decision-time reports; on PostgreSQL, statistics on two bucket expressions
let the histogram and the distribution aggregate in parallel. A new table, triggers and an index:
on SQLite no table is rebuilt, so the triggers of other migrations on claims survive.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLLUP = 'claim_reserve_days'
KEY = 'day, product_id, incident_type'
FIGURES = ('claims', 'open_claims', 'open_reserve', 'claimed_total', 'approved_total')
OPEN = "('new', 'in_review', 'info_requested')"  # core.reports.reserves.OPEN_STATUSES
# The columns of a claim the rollup reads: an update touching none of them costs nothing.
WATCHED = ('created_at', 'policy_id', 'incident_type', 'status', 'reserve_amount',
           'claimed_amount', 'approved_amount')
DAY = {'postgresql': 'CAST({} AS DATE)', 'sqlite': 'date({})'}
# Statistics on the bucket expressions of the fraud-score histogram and the decision-time
# distribution (core.reports.sql.bucket_of compiles them so): without them PostgreSQL guesses a
# group per row and aggregates a million rows in one process, not in parallel.
PG_STATISTICS = (
    ('scores_fraud_bucket', 'scores',
     'width_bucket(fraud_probability, ARRAY[0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, '
     '0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]::float8[])'),
    ('claims_decision_days_bucket', 'claims',
     "width_bucket((date_part('epoch', decided_at - created_at) / 86400.0), "
     "ARRAY[1.0, 2.0, 7.0, 14.0, 30.0]::float8[])"),
)


def _figures(c: str, sign: str, *, grouped: bool = False) -> str:
    """The rollup figures of one claim row `c` (OLD or NEW), or summed over the claims `c` of a
    GROUP BY, each multiplied by `sign`."""
    is_open = f'{c}.status IN {OPEN}'
    values = ('1', f'CASE WHEN {is_open} THEN 1 ELSE 0 END',
              f'CASE WHEN {is_open} THEN coalesce({c}.reserve_amount, 0) ELSE 0 END',
              f'coalesce({c}.claimed_amount, 0)',
              f"CASE WHEN {c}.status = 'approved' THEN coalesce({c}.approved_amount, 0) ELSE 0 END")
    return ', '.join(f'{sign} * sum({v})' if grouped else f'{sign} * {v}' for v in values)


def _upsert(select: str) -> str:
    """INSERT the rows of `select` into the rollup, adding to the figures of existing keys."""
    added = ', '.join(f'{f} = {ROLLUP}.{f} + excluded.{f}' for f in FIGURES)
    return (f"INSERT INTO {ROLLUP} ({KEY}, {', '.join(FIGURES)}) {select} "
            f"ON CONFLICT ({KEY}) DO UPDATE SET {added}")


def _add_claim(dialect: str, row: str, sign: str) -> str:
    """Upsert of one claim row (OLD or NEW) into the rollup, with `sign` 1 or -1."""
    product = f'coalesce((SELECT product_id FROM policies WHERE id = {row}.policy_id), 0)'
    # WHERE true: SQLite reads ON CONFLICT after a bare SELECT ... FROM as a join clause.
    return _upsert(f"SELECT {DAY[dialect].format(f'{row}.created_at')}, {product}, "
                   f"coalesce({row}.incident_type, ''), {_figures(row, sign)} WHERE true")


def _move_policy_claims(dialect: str, product: str, sign: str) -> str:
    """Upsert of the claims of the updated policy under `product`, with `sign` 1 or -1."""
    day = DAY[dialect].format('created_at')
    return _upsert(f"SELECT {day}, {product}, coalesce(incident_type, ''), "
                   f"{_figures('claims', sign, grouped=True)} FROM claims WHERE policy_id = NEW.id "
                   f"GROUP BY {day}, coalesce(incident_type, '')")


def _backfill(dialect: str) -> str:
    day = DAY[dialect].format('c.created_at')
    return (f"INSERT INTO {ROLLUP} ({KEY}, {', '.join(FIGURES)}) "
            f"SELECT {day}, coalesce(p.product_id, 0), coalesce(c.incident_type, ''), "
            f"{_figures('c', '1', grouped=True)} FROM claims AS c "
            f"LEFT JOIN policies AS p ON p.id = c.policy_id "
            f"GROUP BY {day}, coalesce(p.product_id, 0), coalesce(c.incident_type, '')")


def _changed(old: str = 'OLD', new: str = 'NEW', differ: str = 'IS DISTINCT FROM') -> str:
    return ' OR '.join(f'{old}.{c} {differ} {new}.{c}' for c in WATCHED)


def _postgresql() -> list[str]:
    return [
        f"""CREATE FUNCTION claim_reserve_days_track() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND NOT ({_changed()}) THEN
                RETURN NULL;
              END IF;
              IF TG_OP <> 'INSERT' THEN
                {_add_claim('postgresql', 'OLD', '-1')};
              END IF;
              IF TG_OP <> 'DELETE' THEN
                {_add_claim('postgresql', 'NEW', '1')};
              END IF;
              RETURN NULL;
            END $$""",
        f"""CREATE TRIGGER claims_reserve_days
            AFTER INSERT OR DELETE OR UPDATE OF {', '.join(WATCHED)} ON claims
            FOR EACH ROW EXECUTE FUNCTION claim_reserve_days_track()""",
        f"""CREATE FUNCTION policy_reserve_days_track() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.product_id IS DISTINCT FROM OLD.product_id THEN
                {_move_policy_claims('postgresql', 'OLD.product_id', '-1')};
                {_move_policy_claims('postgresql', 'NEW.product_id', '1')};
              END IF;
              RETURN NULL;
            END $$""",
        """CREATE TRIGGER policies_reserve_days AFTER UPDATE OF product_id ON policies
            FOR EACH ROW EXECUTE FUNCTION policy_reserve_days_track()""",
    ]


def _sqlite() -> list[str]:
    return [
        f"""CREATE TRIGGER claims_reserve_days_insert AFTER INSERT ON claims
            BEGIN {_add_claim('sqlite', 'NEW', '1')}; END""",
        f"""CREATE TRIGGER claims_reserve_days_delete AFTER DELETE ON claims
            BEGIN {_add_claim('sqlite', 'OLD', '-1')}; END""",
        f"""CREATE TRIGGER claims_reserve_days_update
            AFTER UPDATE OF {', '.join(WATCHED)} ON claims
            WHEN {_changed(differ='IS NOT')}
            BEGIN {_add_claim('sqlite', 'OLD', '-1')}; {_add_claim('sqlite', 'NEW', '1')}; END""",
        f"""CREATE TRIGGER policies_reserve_days AFTER UPDATE OF product_id ON policies
            WHEN OLD.product_id IS NOT NEW.product_id
            BEGIN {_move_policy_claims('sqlite', 'OLD.product_id', '-1')};
                  {_move_policy_claims('sqlite', 'NEW.product_id', '1')}; END""",
    ]


DROPS = {
    'postgresql': ('DROP TRIGGER IF EXISTS policies_reserve_days ON policies',
                   'DROP FUNCTION IF EXISTS policy_reserve_days_track()',
                   'DROP TRIGGER IF EXISTS claims_reserve_days ON claims',
                   'DROP FUNCTION IF EXISTS claim_reserve_days_track()'),
    'sqlite': ('DROP TRIGGER IF EXISTS policies_reserve_days',
               'DROP TRIGGER IF EXISTS claims_reserve_days_update',
               'DROP TRIGGER IF EXISTS claims_reserve_days_delete',
               'DROP TRIGGER IF EXISTS claims_reserve_days_insert'),
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        ROLLUP,
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('product_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('incident_type', sa.String(length=16), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in FIGURES[:2]),
        *(sa.Column(name, sa.Numeric(precision=14, scale=2), nullable=False)
          for name in FIGURES[2:]),
        sa.PrimaryKeyConstraint('day', 'product_id', 'incident_type',
                                name=op.f('pk_claim_reserve_days')),
    )
    for statement in _postgresql() if dialect == 'postgresql' else _sqlite():
        op.execute(statement)
    if dialect == 'postgresql':
        for name, table, expression in PG_STATISTICS:
            op.execute(f'CREATE STATISTICS {name} ON ({expression}) FROM {table}')
    op.execute(_backfill(dialect))
    # The decision-time reports read both timestamps from the index alone.
    op.create_index('ix_claims_decided_at_created_at', 'claims', ['decided_at', 'created_at'])


def downgrade() -> None:
    op.drop_index('ix_claims_decided_at_created_at', table_name='claims')
    dialect = op.get_bind().dialect.name
    if dialect == 'postgresql':
        for name, _table, _expression in PG_STATISTICS:
            op.execute(f'DROP STATISTICS IF EXISTS {name}')
    for statement in DROPS[dialect]:
        op.execute(statement)
    op.drop_table(ROLLUP)
