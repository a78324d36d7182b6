"""step 11 of graph-large

Revision ID: f0a755e3679f
Revises: de28e7b0dfa4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f0a755e3679f'
down_revision: str | Sequence[str] | None = 'de28e7b0dfa4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
