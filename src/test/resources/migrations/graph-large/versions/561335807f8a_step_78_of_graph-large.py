"""step 78 of graph-large

Revision ID: 561335807f8a
Revises: 333569943858
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '561335807f8a'
down_revision: str | Sequence[str] | None = '333569943858'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
