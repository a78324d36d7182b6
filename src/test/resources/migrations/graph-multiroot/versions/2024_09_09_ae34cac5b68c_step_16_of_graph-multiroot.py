"""step 16 of graph-multiroot

Revision ID: ae34cac5b68c
Revises: 43cf24933b83
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ae34cac5b68c'
down_revision: str | Sequence[str] | None = '43cf24933b83'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
