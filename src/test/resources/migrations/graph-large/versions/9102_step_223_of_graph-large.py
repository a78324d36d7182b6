"""step 223 of graph-large

Revision ID: beadb8c1ff80
Revises: d5f12933f415
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'beadb8c1ff80'
down_revision: str | Sequence[str] | None = 'd5f12933f415'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
