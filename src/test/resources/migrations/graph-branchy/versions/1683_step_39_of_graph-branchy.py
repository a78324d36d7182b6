"""step 39 of graph-branchy

Revision ID: 8c5c8c74fc1e
Revises: fe3c2b855c1f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8c5c8c74fc1e'
down_revision: str | Sequence[str] | None = 'fe3c2b855c1f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
