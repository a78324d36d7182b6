"""step 42 of graph-multiroot

Revision ID: 119ce1805081
Revises: badcc1590f53
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '119ce1805081'
down_revision: Union[str, Sequence[str], None] = 'badcc1590f53'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
