"""step 224 of graph-large

Revision ID: 8da89c0751f8
Revises: beadb8c1ff80
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8da89c0751f8'
down_revision: str | Sequence[str] | None = 'beadb8c1ff80'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
