"""step 30 of graph-branchy

Revision ID: cfbf9cfc8652
Revises: f4994093f6de, 5de084b5a818
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cfbf9cfc8652'
down_revision: str | Sequence[str] | None = (
    'f4994093f6de',
    '5de084b5a818',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
