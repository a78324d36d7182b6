"""step 55 of graph-large

Revision ID: e98fae5f6187
Revises: 58f6760277e1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e98fae5f6187'
down_revision: Union[str, Sequence[str], None] = '58f6760277e1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
