"""step 79 of graph-multiroot

Revision ID: 6f9245df16b6
Revises: 269c236c7b87
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6f9245df16b6'
down_revision: str | Sequence[str] | None = '269c236c7b87'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
