"""step 61 of graph-multiroot

Revision ID: e669b841d0a0
Revises: f86ce08596db
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e669b841d0a0'
down_revision: Union[str, Sequence[str], None] = 'f86ce08596db'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
