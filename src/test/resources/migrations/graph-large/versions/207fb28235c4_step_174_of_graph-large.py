"""step 174 of graph-large

Revision ID: 207fb28235c4
Revises: a0cd4e7a7305, 4ac1a3ea918d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '207fb28235c4'
down_revision: Union[str, Sequence[str], None] = ('a0cd4e7a7305', '4ac1a3ea918d')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
