"""step 66 of graph-large

Revision ID: 57b11ff6a943
Revises: 03e5597e5ed6, ba35ac4a262d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '57b11ff6a943'
down_revision: str | Sequence[str] | None = (
    '03e5597e5ed6',
    'ba35ac4a262d',
)
branch_labels = None
depends_on = 'ba35ac4a262d'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
