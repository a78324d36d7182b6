"""step 373 of graph-large

Revision ID: e8c88c4a615e
Revises: 10951f07ff5f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e8c88c4a615e'
down_revision: str | Sequence[str] | None = '10951f07ff5f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
