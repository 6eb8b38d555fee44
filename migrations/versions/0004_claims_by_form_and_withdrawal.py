"""claims filed by form, document conflicts, withdrawal (issue #7)

Claims are withdrawn, never deleted: the withdrawn columns, and triggers on both backends that
refuse DELETE on claims, claim_documents, scores and calls (as 0001 does for the audit log).
Columns are added with add_column, never a batch rebuild, which on SQLite would drop triggers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT_TABLES = ('claims', 'claim_documents', 'scores', 'calls')
MESSAGE = 'rows of {table} are never deleted (claims are withdrawn instead)'
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def _no_delete_triggers(dialect: str) -> list[str]:
    if dialect == 'postgresql':
        return [
            """CREATE FUNCTION refuse_delete() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'rows of % are never deleted (claims are withdrawn instead)',
                TG_TABLE_NAME; END; $$ LANGUAGE plpgsql""",
            *(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
              FOR EACH ROW EXECUTE FUNCTION refuse_delete()""" for table in KEPT_TABLES),
            *(f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
              FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete()""" for table in KEPT_TABLES),
        ]
    if dialect == 'sqlite':
        return [f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table=table)}'); END"""
                for table in KEPT_TABLES]
    return []


def _drop_triggers(dialect: str) -> list[str]:
    if dialect == 'postgresql':
        return [*(f"DROP TRIGGER IF EXISTS {table}_no_delete ON {table}" for table in KEPT_TABLES),
                *(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}"
                  for table in KEPT_TABLES),
                "DROP FUNCTION IF EXISTS refuse_delete()"]
    if dialect == 'sqlite':
        return [f"DROP TRIGGER IF EXISTS {table}_no_delete" for table in KEPT_TABLES]
    return []


def upgrade() -> None:
    op.add_column('claims', sa.Column('withdrawn_reason', sa.Text(), nullable=True))
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite adds a column's REFERENCES clause in place; Alembic would ask for a rebuild.
        op.execute("ALTER TABLE claims ADD COLUMN withdrawn_by INTEGER "
                   "CONSTRAINT fk_claims_withdrawn_by_users REFERENCES users (id)")
    else:
        op.add_column('claims', sa.Column(
            'withdrawn_by', sa.Integer(),
            sa.ForeignKey('users.id', name=op.f('fk_claims_withdrawn_by_users')), nullable=True))
    op.add_column('claims', sa.Column('withdrawn_at', sa.DateTime(), nullable=True))
    op.create_table(
        'claim_field_conflicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=False),
        sa.Column('claim_value', JSON, nullable=True),
        sa.Column('document_entry', JSON, nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('chosen', sa.String(length=16), nullable=True),
        sa.Column('resolved_by_id', sa.Integer(), nullable=True),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("chosen IS NULL OR chosen IN ('claim', 'document')",
                           name=op.f('ck_claim_field_conflicts_chosen')),
        sa.CheckConstraint("status IN ('open', 'resolved')",
                           name=op.f('ck_claim_field_conflicts_status')),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'],
                                name=op.f('fk_claim_field_conflicts_claim_id_claims')),
        sa.ForeignKeyConstraint(['document_id'], ['claim_documents.id'],
                                name=op.f('fk_claim_field_conflicts_document_id_claim_documents')),
        sa.ForeignKeyConstraint(['resolved_by_id'], ['users.id'],
                                name=op.f('fk_claim_field_conflicts_resolved_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_field_conflicts')),
    )
    op.create_index(op.f('ix_claim_field_conflicts_claim_id'), 'claim_field_conflicts',
                    ['claim_id'], unique=False)
    for statement in _no_delete_triggers(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in _drop_triggers(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index(op.f('ix_claim_field_conflicts_claim_id'), table_name='claim_field_conflicts')
    op.drop_table('claim_field_conflicts')
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_constraint(op.f('fk_claims_withdrawn_by_users'), 'claims', type_='foreignkey')
    op.drop_column('claims', 'withdrawn_at')
    op.drop_column('claims', 'withdrawn_by')
    op.drop_column('claims', 'withdrawn_reason')
