"""step 281 of graph-large

Revision ID: 5926954488aa
Revises: b748d5a9bfee
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5926954488aa'
down_revision: Union[str, Sequence[str], None] = 'b748d5a9bfee'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
