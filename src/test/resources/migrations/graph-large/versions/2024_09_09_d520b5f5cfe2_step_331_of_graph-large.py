"""step 331 of graph-large

Revision ID: d520b5f5cfe2
Revises: dbd288e3aa19
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd520b5f5cfe2'
down_revision: Union[str, Sequence[str], None] = 'dbd288e3aa19'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '3b024619134c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
