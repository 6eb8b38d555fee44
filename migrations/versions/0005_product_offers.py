"""product-offer campaigns and interest per call (issue #7)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:45:00
"""

from collections.abc import Sequence

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # slot reserved; filled in by the work on this issue


def downgrade() -> None:
    pass
