"""step 6 of graph-large

Revision ID: cb2d58655852
Revises: a70bdf354788
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cb2d58655852'
down_revision: str | Sequence[str] | None = 'a70bdf354788'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
