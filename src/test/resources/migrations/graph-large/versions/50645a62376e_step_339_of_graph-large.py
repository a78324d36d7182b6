"""step 339 of graph-large

Revision ID: 50645a62376e
Revises: f3d9208ace84
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '50645a62376e'
down_revision: str | Sequence[str] | None = 'f3d9208ace84'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
