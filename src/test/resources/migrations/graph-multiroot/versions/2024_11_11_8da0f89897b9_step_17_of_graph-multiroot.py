"""step 17 of graph-multiroot

Revision ID: 8da0f89897b9
Revises: bf3c434308bc, ae34cac5b68c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8da0f89897b9'
down_revision: str | Sequence[str] | None = (
    'bf3c434308bc',
    'ae34cac5b68c',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
