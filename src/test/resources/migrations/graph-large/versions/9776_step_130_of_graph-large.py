"""step 130 of graph-large

Revision ID: ce800d575f60
Revises: a0cbd625c18a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ce800d575f60'
down_revision: str | Sequence[str] | None = 'a0cbd625c18a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
