"""step 244 of graph-large

Revision ID: 1dc12ee9ce5d
Revises: b0feb3dcbf57
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1dc12ee9ce5d'
down_revision: str | Sequence[str] | None = 'b0feb3dcbf57'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
