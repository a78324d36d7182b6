"""step 59 of graph-multiroot

Revision ID: 006e6fa17735
Revises: 6fb7504d281f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '006e6fa17735'
down_revision: str | Sequence[str] | None = '6fb7504d281f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
