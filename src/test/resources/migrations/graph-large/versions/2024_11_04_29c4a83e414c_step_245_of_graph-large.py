"""step 245 of graph-large

Revision ID: 29c4a83e414c
Revises: 136d3d9b87c3, 1dc12ee9ce5d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '29c4a83e414c'
down_revision: str | Sequence[str] | None = (
    '136d3d9b87c3',
    '1dc12ee9ce5d',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
