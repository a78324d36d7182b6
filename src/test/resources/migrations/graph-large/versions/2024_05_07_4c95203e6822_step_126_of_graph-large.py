"""step 126 of graph-large

Revision ID: 4c95203e6822
Revises: a082b70278a5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4c95203e6822'
down_revision: str | Sequence[str] | None = 'a082b70278a5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
