"""step 179 of graph-large

Revision ID: 069ba90d43cc
Revises: 207fb28235c4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '069ba90d43cc'
down_revision: str | Sequence[str] | None = '207fb28235c4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
