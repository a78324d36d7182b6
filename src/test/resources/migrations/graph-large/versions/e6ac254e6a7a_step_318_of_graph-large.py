"""step 318 of graph-large

Revision ID: e6ac254e6a7a
Revises: 0ae53e4cf5f4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e6ac254e6a7a'
down_revision: Union[str, Sequence[str], None] = '0ae53e4cf5f4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
