"""step 238 of graph-large

Revision ID: b0feb3dcbf57
Revises: 1f03ddc29e3b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b0feb3dcbf57'
down_revision: str | Sequence[str] | None = '1f03ddc29e3b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
