"""step 9 of graph-branchy

Revision ID: 930d14f4733f
Revises: 0f42907a70c3
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '930d14f4733f'
down_revision: str | Sequence[str] | None = '0f42907a70c3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
