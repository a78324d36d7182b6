"""step 229 of graph-large

Revision ID: 84654ea29dc6
Revises: 4ab0bdc4fbd5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '84654ea29dc6'
down_revision: str | Sequence[str] | None = '4ab0bdc4fbd5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
