"""step 24 of graph-large

Revision ID: 30aaa5014df9
Revises: 957c7cf0d512
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '30aaa5014df9'
down_revision: str | Sequence[str] | None = '957c7cf0d512'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
