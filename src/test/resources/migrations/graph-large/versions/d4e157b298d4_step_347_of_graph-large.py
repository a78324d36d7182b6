"""step 347 of graph-large

Revision ID: d4e157b298d4
Revises: 89341cc2b7a9, e4fecafe3388
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd4e157b298d4'
down_revision: str | Sequence[str] | None = (
    '89341cc2b7a9',
    'e4fecafe3388',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
