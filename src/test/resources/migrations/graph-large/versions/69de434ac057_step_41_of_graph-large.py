"""step 41 of graph-large

Revision ID: 69de434ac057
Revises: a52477e5f0f2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '69de434ac057'
down_revision: str | Sequence[str] | None = 'a52477e5f0f2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
