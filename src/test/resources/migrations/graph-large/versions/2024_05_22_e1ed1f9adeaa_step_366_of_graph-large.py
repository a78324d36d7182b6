"""step 366 of graph-large

Revision ID: e1ed1f9adeaa
Revises: e6bdf9399cf5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e1ed1f9adeaa'
down_revision: str | Sequence[str] | None = 'e6bdf9399cf5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
