"""step 11 of graph-linear

Revision ID: 29e8c74803e3
Revises: 8c7e5dfbd3d1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '29e8c74803e3'
down_revision: str | Sequence[str] | None = '8c7e5dfbd3d1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
