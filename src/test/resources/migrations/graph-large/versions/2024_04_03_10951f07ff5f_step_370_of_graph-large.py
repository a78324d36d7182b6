"""step 370 of graph-large

Revision ID: 10951f07ff5f
Revises: e49878ef028d, 4a14119b8c61
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '10951f07ff5f'
down_revision: str | Sequence[str] | None = (
    'e49878ef028d',
    '4a14119b8c61',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
