"""step 18 of graph-multiroot

Revision ID: 4b221c8eaee9
Revises: 8da0f89897b9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4b221c8eaee9'
down_revision: str | Sequence[str] | None = '8da0f89897b9'
branch_labels = None
depends_on = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
