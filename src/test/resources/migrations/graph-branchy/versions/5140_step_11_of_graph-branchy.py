"""step 11 of graph-branchy

Revision ID: 7d2ceeeacbe2
Revises: 12bdfaecbd38
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7d2ceeeacbe2'
down_revision: str | Sequence[str] | None = '12bdfaecbd38'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
