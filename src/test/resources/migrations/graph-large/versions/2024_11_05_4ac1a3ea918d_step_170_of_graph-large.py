"""step 170 of graph-large

Revision ID: 4ac1a3ea918d
Revises: 489a1b3d1290, 131ca1147ccf
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4ac1a3ea918d'
down_revision: str | Sequence[str] | None = (
    '489a1b3d1290',
    '131ca1147ccf',
)
branch_labels = None
depends_on = 'bfd3edffd5bc'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
