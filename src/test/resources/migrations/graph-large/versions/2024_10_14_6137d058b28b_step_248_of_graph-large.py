"""step 248 of graph-large

Revision ID: 6137d058b28b
Revises: fed5ee9e3141
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6137d058b28b'
down_revision: Union[str, Sequence[str], None] = 'fed5ee9e3141'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
