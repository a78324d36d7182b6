"""step 2 of graph-large

Revision ID: 6a765aab0a37
Revises: b938e325faa6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6a765aab0a37'
down_revision: str | Sequence[str] | None = 'b938e325faa6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
