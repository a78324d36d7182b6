"""step 306 of graph-large

Revision ID: 73b840e86594
Revises: 192e426e5067, 5a59db0c3546
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '73b840e86594'
down_revision: str | Sequence[str] | None = (
    '192e426e5067',
    '5a59db0c3546',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
