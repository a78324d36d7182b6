"""step 282 of graph-large

Revision ID: d993e57a5015
Revises: 5926954488aa
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd993e57a5015'
down_revision: Union[str, Sequence[str], None] = '5926954488aa'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
