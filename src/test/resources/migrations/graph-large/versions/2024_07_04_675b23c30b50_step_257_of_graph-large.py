"""step 257 of graph-large

Revision ID: 675b23c30b50
Revises: 75a51612d39e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '675b23c30b50'
down_revision: str | Sequence[str] | None = '75a51612d39e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
