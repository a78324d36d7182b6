"""step 144 of graph-large

Revision ID: 0ebf6479acc5
Revises: e4743b8c854d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0ebf6479acc5'
down_revision: str | Sequence[str] | None = 'e4743b8c854d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
