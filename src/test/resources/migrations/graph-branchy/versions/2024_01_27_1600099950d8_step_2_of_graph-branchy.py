"""step 2 of graph-branchy

Revision ID: 1600099950d8
Revises: d23f128b2f33
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1600099950d8'
down_revision: str | Sequence[str] | None = 'd23f128b2f33'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
