"""step 139 of graph-large

Revision ID: 7a1c6d40f4f4
Revises: 160f0e6d1829, a66fa9c6ccf2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7a1c6d40f4f4'
down_revision: Union[str, Sequence[str], None] = ('160f0e6d1829', 'a66fa9c6ccf2')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
