"""step 354 of graph-large

Revision ID: 8f86eb180c4a
Revises: bde26a5f82a5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8f86eb180c4a'
down_revision: str | Sequence[str] | None = 'bde26a5f82a5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
