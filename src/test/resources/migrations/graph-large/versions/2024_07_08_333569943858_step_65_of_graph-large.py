"""step 65 of graph-large

Revision ID: 333569943858
Revises: 5ac751e8217b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '333569943858'
down_revision: Union[str, Sequence[str], None] = '5ac751e8217b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
