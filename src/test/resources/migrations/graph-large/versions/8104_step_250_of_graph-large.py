"""step 250 of graph-large

Revision ID: e1bb66f8ec71
Revises: d027202592fd
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e1bb66f8ec71'
down_revision: str | Sequence[str] | None = 'd027202592fd'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
