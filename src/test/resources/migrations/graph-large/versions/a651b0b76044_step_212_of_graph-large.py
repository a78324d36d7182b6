"""step 212 of graph-large

Revision ID: a651b0b76044
Revises: b97dbbbdec3d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a651b0b76044'
down_revision: str | Sequence[str] | None = 'b97dbbbdec3d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
