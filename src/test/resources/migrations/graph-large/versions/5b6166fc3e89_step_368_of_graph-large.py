"""step 368 of graph-large

Revision ID: 5b6166fc3e89
Revises: dc01ccff9aa2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5b6166fc3e89'
down_revision: str | Sequence[str] | None = 'dc01ccff9aa2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
