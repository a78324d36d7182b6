"""step 303 of graph-large

Revision ID: 192e426e5067
Revises: 66259ae7ada0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '192e426e5067'
down_revision: str | Sequence[str] | None = '66259ae7ada0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
