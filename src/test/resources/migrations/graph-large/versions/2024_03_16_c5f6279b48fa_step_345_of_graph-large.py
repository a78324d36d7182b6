"""step 345 of graph-large

Revision ID: c5f6279b48fa
Revises: ce5cc5fe0ec1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c5f6279b48fa'
down_revision: str | Sequence[str] | None = 'ce5cc5fe0ec1'
branch_labels = None
depends_on = 'b48181597fc9'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
