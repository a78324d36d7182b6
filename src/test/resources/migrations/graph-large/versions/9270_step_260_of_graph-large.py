"""step 260 of graph-large

Revision ID: 7684c9179ce1
Revises: 5f77d59c7f51, 675b23c30b50
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7684c9179ce1'
down_revision: Union[str, Sequence[str], None] = ('5f77d59c7f51', '675b23c30b50')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
