"""step 385 of graph-large

Revision ID: 7d9965a195a9
Revises: 629e3e8a6bb0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7d9965a195a9'
down_revision: str | Sequence[str] | None = '629e3e8a6bb0'
branch_labels = None
depends_on = '0cd1a1277707'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
