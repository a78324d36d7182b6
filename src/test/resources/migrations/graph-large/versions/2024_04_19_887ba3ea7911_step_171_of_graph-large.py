"""step 171 of graph-large

Revision ID: 887ba3ea7911
Revises: 1501404d38e9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '887ba3ea7911'
down_revision: str | Sequence[str] | None = '1501404d38e9'
branch_labels = None
depends_on = 'a082b70278a5'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
