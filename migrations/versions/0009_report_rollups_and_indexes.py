"""report rollups and indexes at a million claims (issue #6)

Two rollups of claims per UTC day of intake and product of the claim's policy: claim_reserve_days
(per incident type: the reserve reports' figures) and claim_status_days (per status: claims by
status and week, and the claims counted beside the risk bands). Triggers on claims (insert,
delete, and an update of a column they read) and on policies (a change of product) keep them
exact, whatever code writes the rows; they are filled from the claims already there. An index
on claims (decided_at, created_at) serves the decision-time reports; on PostgreSQL, statistics
on two bucket expressions let the histogram and the distribution aggregate in parallel. New
tables, triggers and an index: on SQLite no table is rebuilt, so the triggers of other
migrations on claims survive.

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

# Per rollup: its key after (day, product_id) as (column, type, SQL of a claim `c`), and its
# figures as (column, type, SQL of one claim `c`); a GROUP BY sums the figures.
OPEN = "('new', 'in_review', 'info_requested')"  # core.reports.reserves.OPEN_STATUSES
MONEY = sa.Numeric(precision=14, scale=2)
ROLLUPS = {
    'claim_reserve_days': (
        ('incident_type', sa.String(length=16), "coalesce({c}.incident_type, '')"),
        (('claims', sa.Integer(), '1'),
         ('open_claims', sa.Integer(), f'CASE WHEN {{c}}.status IN {OPEN} THEN 1 ELSE 0 END'),
         ('open_reserve', MONEY,
          f'CASE WHEN {{c}}.status IN {OPEN} THEN coalesce({{c}}.reserve_amount, 0) ELSE 0 END'),
         ('claimed_total', MONEY, 'coalesce({c}.claimed_amount, 0)'),
         ('approved_total', MONEY,
          "CASE WHEN {c}.status = 'approved' THEN coalesce({c}.approved_amount, 0) ELSE 0 END")),
    ),
    'claim_status_days': (
        ('status', sa.String(length=16), '{c}.status'),
        (('claims', sa.Integer(), '1'),),
    ),
}
# The columns of a claim the rollups read: an update touching none of them costs nothing.
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




def _upsert(rollup: str, select: str) -> str:
    """INSERT the rows of `select` into `rollup`, adding to the figures of existing keys."""
    (key, _type, _sql), figures = ROLLUPS[rollup]
    names = [name for name, _type, _sql in figures]
    added = ', '.join(f'{n} = {rollup}.{n} + excluded.{n}' for n in names)
    return (f"INSERT INTO {rollup} (day, product_id, {key}, {', '.join(names)}) {select} "
            f"ON CONFLICT (day, product_id, {key}) DO UPDATE SET {added}")


def _select(dialect: str, rollup: str, c: str, product: str, sign: str, rest: str = '') -> str:
    """The rollup rows of the claim row `c` (no `rest`), or of the claims `c` grouped after
    `rest` (FROM ... WHERE ...), under `product`, figures multiplied by `sign`."""
    (_key, _type, key_sql), figures = ROLLUPS[rollup]
    day, key = DAY[dialect].format(f'{c}.created_at'), key_sql.format(c=c)
    values = [sql.format(c=c) for _name, _type, sql in figures]
    if not rest:  # WHERE true: SQLite reads ON CONFLICT after a bare SELECT as a join clause
        return (f"SELECT {day}, {product}, {key}, "
                f"{', '.join(f'{sign} * {v}' for v in values)} WHERE true")
    return (f"SELECT {day}, {product}, {key}, {', '.join(f'{sign} * sum({v})' for v in values)} "
            f"{rest} GROUP BY {day}, {product}, {key}")


def _add_claim(dialect: str, row: str, sign: str) -> list[str]:
    """Upserts of one claim row (OLD or NEW) into every rollup, with `sign` 1 or -1."""
    product = f'coalesce((SELECT product_id FROM policies WHERE id = {row}.policy_id), 0)'
    return [_upsert(r, _select(dialect, r, row, product, sign)) for r in ROLLUPS]


def _move_policy_claims(dialect: str, product: str, sign: str) -> list[str]:
    """Upserts of the claims of the updated policy under `product`, with `sign` 1 or -1."""
    rest = 'FROM claims AS c WHERE c.policy_id = NEW.id'
    return [_upsert(r, _select(dialect, r, 'c', product, sign, rest)) for r in ROLLUPS]


def _backfill(dialect: str) -> list[str]:
    rest = 'FROM claims AS c LEFT JOIN policies AS p ON p.id = c.policy_id WHERE true'
    return [_upsert(r, _select(dialect, r, 'c', 'coalesce(p.product_id, 0)', '1', rest))
            for r in ROLLUPS]


def _changed(differ: str) -> str:
    return ' OR '.join(f'OLD.{c} {differ} NEW.{c}' for c in WATCHED)


def _block(statements: list[str]) -> str:
    return ' '.join(f'{s};' for s in statements)


def _postgresql() -> list[str]:
    return [
        f"""CREATE FUNCTION claim_report_days_track() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND NOT ({_changed('IS DISTINCT FROM')}) THEN
                RETURN NULL;
              END IF;
              IF TG_OP <> 'INSERT' THEN
                {_block(_add_claim('postgresql', 'OLD', '-1'))}
              END IF;
              IF TG_OP <> 'DELETE' THEN
                {_block(_add_claim('postgresql', 'NEW', '1'))}
              END IF;
              RETURN NULL;
            END $$""",
        f"""CREATE TRIGGER claims_report_days
            AFTER INSERT OR DELETE OR UPDATE OF {', '.join(WATCHED)} ON claims
            FOR EACH ROW EXECUTE FUNCTION claim_report_days_track()""",
        f"""CREATE FUNCTION policy_report_days_track() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.product_id IS DISTINCT FROM OLD.product_id THEN
                {_block(_move_policy_claims('postgresql', 'OLD.product_id', '-1'))}
                {_block(_move_policy_claims('postgresql', 'NEW.product_id', '1'))}
              END IF;
              RETURN NULL;
            END $$""",
        """CREATE TRIGGER policies_report_days AFTER UPDATE OF product_id ON policies
            FOR EACH ROW EXECUTE FUNCTION policy_report_days_track()""",
    ]


def _sqlite() -> list[str]:
    return [
        f"""CREATE TRIGGER claims_report_days_insert AFTER INSERT ON claims
            BEGIN {_block(_add_claim('sqlite', 'NEW', '1'))} END""",
        f"""CREATE TRIGGER claims_report_days_delete AFTER DELETE ON claims
            BEGIN {_block(_add_claim('sqlite', 'OLD', '-1'))} END""",
        f"""CREATE TRIGGER claims_report_days_update
            AFTER UPDATE OF {', '.join(WATCHED)} ON claims WHEN {_changed('IS NOT')}
            BEGIN {_block(_add_claim('sqlite', 'OLD', '-1') + _add_claim('sqlite', 'NEW', '1'))}
            END""",
        f"""CREATE TRIGGER policies_report_days AFTER UPDATE OF product_id ON policies
            WHEN OLD.product_id IS NOT NEW.product_id
            BEGIN {_block(_move_policy_claims('sqlite', 'OLD.product_id', '-1')
                          + _move_policy_claims('sqlite', 'NEW.product_id', '1'))} END""",
    ]


DROPS = {
    'postgresql': ('DROP TRIGGER IF EXISTS policies_report_days ON policies',
                   'DROP FUNCTION IF EXISTS policy_report_days_track()',
                   'DROP TRIGGER IF EXISTS claims_report_days ON claims',
                   'DROP FUNCTION IF EXISTS claim_report_days_track()'),
    'sqlite': ('DROP TRIGGER IF EXISTS policies_report_days',
               'DROP TRIGGER IF EXISTS claims_report_days_update',
               'DROP TRIGGER IF EXISTS claims_report_days_delete',
               'DROP TRIGGER IF EXISTS claims_report_days_insert'),
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for rollup, ((key, key_type, _sql), figures) in ROLLUPS.items():
        op.create_table(
            rollup,
            sa.Column('day', sa.Date(), nullable=False),
            sa.Column('product_id', sa.Integer(), autoincrement=False, nullable=False),
            sa.Column(key, key_type, nullable=False),
            *(sa.Column(name, kind, nullable=False) for name, kind, _sql in figures),
            sa.PrimaryKeyConstraint('day', 'product_id', key, name=op.f(f'pk_{rollup}')),
        )
    for statement in _postgresql() if dialect == 'postgresql' else _sqlite():
        op.execute(statement)
    for statement in _backfill(dialect):
        op.execute(statement)
    if dialect == 'postgresql':
        for name, table, expression in PG_STATISTICS:
            op.execute(f'CREATE STATISTICS {name} ON ({expression}) FROM {table}')
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
    for rollup in reversed(ROLLUPS):
        op.drop_table(rollup)
