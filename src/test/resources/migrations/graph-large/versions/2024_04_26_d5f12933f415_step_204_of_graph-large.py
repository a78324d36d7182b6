"""step 204 of graph-large

Revision ID: d5f12933f415
Revises: f966de210f8d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd5f12933f415'
down_revision: str | Sequence[str] | None = 'f966de210f8d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
