"""step 1 of graph-branchy

Revision ID: d23f128b2f33
Revises: f2a752e6b438
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd23f128b2f33'
down_revision: str | Sequence[str] | None = 'f2a752e6b438'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
