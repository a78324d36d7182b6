"""step 159 of graph-large

Revision ID: 9bd314a207ac
Revises: ed742637a2cd
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9bd314a207ac'
down_revision: Union[str, Sequence[str], None] = 'ed742637a2cd'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
