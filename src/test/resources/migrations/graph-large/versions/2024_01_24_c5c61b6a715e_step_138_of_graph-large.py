"""step 138 of graph-large

Revision ID: c5c61b6a715e
Revises: 2fd4c6baef19
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c5c61b6a715e'
down_revision: Union[str, Sequence[str], None] = '2fd4c6baef19'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
