"""step 196 of graph-large

Revision ID: 0ce9be9dcc7a
Revises: 13aba3f05941
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0ce9be9dcc7a'
down_revision: str | Sequence[str] | None = '13aba3f05941'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
