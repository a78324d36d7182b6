"""step 52 of graph-branchy

Revision ID: 1f52c8b007ee
Revises: 930d14f4733f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1f52c8b007ee'
down_revision: str | Sequence[str] | None = '930d14f4733f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
