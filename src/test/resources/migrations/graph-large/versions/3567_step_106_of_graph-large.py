"""step 106 of graph-large

Revision ID: a556fd5c8c01
Revises: c72aedae90ce
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a556fd5c8c01'
down_revision: Union[str, Sequence[str], None] = 'c72aedae90ce'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
