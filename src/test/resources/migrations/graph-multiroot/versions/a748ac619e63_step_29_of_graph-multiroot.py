"""step 29 of graph-multiroot

Revision ID: a748ac619e63
Revises: e64d702753a1, a8b318d0752b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a748ac619e63'
down_revision: Union[str, Sequence[str], None] = ('e64d702753a1', 'a8b318d0752b')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
