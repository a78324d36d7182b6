"""step 236 of graph-large

Revision ID: cae3a4364b1b
Revises: b632c7a5289f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cae3a4364b1b'
down_revision: str | Sequence[str] | None = 'b632c7a5289f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
