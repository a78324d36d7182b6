"""step 132 of graph-large

Revision ID: 2fd4c6baef19
Revises: d3377785d85c, ff01d5a237e5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2fd4c6baef19'
down_revision: Union[str, Sequence[str], None] = ('d3377785d85c', 'ff01d5a237e5')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'd4c7a0a0c818'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
