"""background task runs with progress (issue #6)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 18:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    op.create_table(
        'task_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('params', JSON, nullable=False),
        sa.Column('done', sa.Integer(), nullable=False),
        sa.Column('total', sa.Integer(), nullable=False),
        sa.Column('message', sa.String(length=300), nullable=False),
        sa.Column('result', JSON, nullable=True),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('requested_by_id', sa.Integer(), nullable=True),
        sa.Column('requested_by', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=True),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'],
                                name=op.f('fk_task_runs_requested_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_task_runs')),
    )
    op.create_index('ix_task_runs_requested_by_id_kind', 'task_runs',
                    ['requested_by_id', 'kind', 'id'], unique=False)
    op.create_index('ix_task_runs_status', 'task_runs', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_task_runs_status', table_name='task_runs')
    op.drop_index('ix_task_runs_requested_by_id_kind', table_name='task_runs')
    op.drop_table('task_runs')
