"""step 2 of graph-multiroot

Revision ID: 37f817fc695a
Revises: 23b8392456de
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '37f817fc695a'
down_revision: str | Sequence[str] | None = '23b8392456de'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
