"""step 38 of graph-multiroot

Revision ID: 983294340a03
Revises: 7a0e958ca9ba
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '983294340a03'
down_revision: str | Sequence[str] | None = '7a0e958ca9ba'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
