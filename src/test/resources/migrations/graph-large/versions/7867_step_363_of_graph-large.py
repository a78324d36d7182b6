"""step 363 of graph-large

Revision ID: a9c0450ffc5a
Revises: b4397c5fa43f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a9c0450ffc5a'
down_revision: Union[str, Sequence[str], None] = 'b4397c5fa43f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
