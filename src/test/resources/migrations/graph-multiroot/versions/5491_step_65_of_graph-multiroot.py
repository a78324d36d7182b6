"""step 65 of graph-multiroot

Revision ID: 792282dc4c8e
Revises: 6e695d3d9e56, 91b09d9262af
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '792282dc4c8e'
down_revision: str | Sequence[str] | None = (
    '6e695d3d9e56',
    '91b09d9262af',
)
branch_labels = None
depends_on = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
