"""step 27 of graph-large

Revision ID: 1e8703cfecee
Revises: 19c186fe0f19
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1e8703cfecee'
down_revision: str | Sequence[str] | None = '19c186fe0f19'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
