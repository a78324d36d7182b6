"""step 108 of graph-large

Revision ID: ffc6ddd7e691
Revises: d4c7a0a0c818
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ffc6ddd7e691'
down_revision: str | Sequence[str] | None = 'd4c7a0a0c818'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
