"""step 287 of graph-large

Revision ID: ebc7d6941d23
Revises: 148ec41f8e57
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ebc7d6941d23'
down_revision: str | Sequence[str] | None = '148ec41f8e57'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
