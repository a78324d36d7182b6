"""step 10 of graph-linear

Revision ID: 8c7e5dfbd3d1
Revises: 7019c381e88f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8c7e5dfbd3d1'
down_revision: str | Sequence[str] | None = '7019c381e88f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
