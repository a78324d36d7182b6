"""step 60 of graph-multiroot

Revision ID: 6e695d3d9e56
Revises: 006e6fa17735
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6e695d3d9e56'
down_revision: str | Sequence[str] | None = '006e6fa17735'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
