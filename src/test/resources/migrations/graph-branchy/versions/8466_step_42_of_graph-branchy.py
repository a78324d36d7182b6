"""step 42 of graph-branchy

Revision ID: 218ed58dcdb4
Revises: 367840783f0a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '218ed58dcdb4'
down_revision: str | Sequence[str] | None = '367840783f0a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
