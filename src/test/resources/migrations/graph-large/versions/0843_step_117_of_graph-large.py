"""step 117 of graph-large

Revision ID: 0385e4fc13d7
Revises: 3b08c7c64d55
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0385e4fc13d7'
down_revision: Union[str, Sequence[str], None] = '3b08c7c64d55'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'b748d5a9bfee'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
