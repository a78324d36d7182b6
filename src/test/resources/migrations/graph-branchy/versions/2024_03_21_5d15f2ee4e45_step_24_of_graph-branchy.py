"""step 24 of graph-branchy

Revision ID: 5d15f2ee4e45
Revises: 1600099950d8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5d15f2ee4e45'
down_revision: str | Sequence[str] | None = '1600099950d8'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
