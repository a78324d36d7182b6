"""step 119 of graph-large

Revision ID: 1e2b89d5fcc9
Revises: 98c4cdc2109c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1e2b89d5fcc9'
down_revision: Union[str, Sequence[str], None] = '98c4cdc2109c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '19c186fe0f19'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
