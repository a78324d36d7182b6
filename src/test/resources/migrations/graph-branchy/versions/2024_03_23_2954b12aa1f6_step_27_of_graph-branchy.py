"""step 27 of graph-branchy

Revision ID: 2954b12aa1f6
Revises: 5d15f2ee4e45
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2954b12aa1f6'
down_revision: str | Sequence[str] | None = '5d15f2ee4e45'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
