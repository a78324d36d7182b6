"""step 213 of graph-large

Revision ID: 3bc19a238112
Revises: a651b0b76044
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3bc19a238112'
down_revision: str | Sequence[str] | None = 'a651b0b76044'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
