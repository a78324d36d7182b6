"""step 332 of graph-large

Revision ID: 95590100066c
Revises: ba35ac4a262d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '95590100066c'
down_revision: str | Sequence[str] | None = 'ba35ac4a262d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
