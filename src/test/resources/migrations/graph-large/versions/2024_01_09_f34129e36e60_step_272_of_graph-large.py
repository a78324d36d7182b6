"""step 272 of graph-large

Revision ID: f34129e36e60
Revises: c6f437d73395
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f34129e36e60'
down_revision: str | Sequence[str] | None = 'c6f437d73395'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
