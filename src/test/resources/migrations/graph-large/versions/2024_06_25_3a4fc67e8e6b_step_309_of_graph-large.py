"""step 309 of graph-large

Revision ID: 3a4fc67e8e6b
Revises: 25ad09a11f59, 3d70adec5067
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3a4fc67e8e6b'
down_revision: Union[str, Sequence[str], None] = ('25ad09a11f59', '3d70adec5067')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
