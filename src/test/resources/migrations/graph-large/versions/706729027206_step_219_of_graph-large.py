"""step 219 of graph-large

Revision ID: 706729027206
Revises: 12a79c7d1cb5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '706729027206'
down_revision: Union[str, Sequence[str], None] = '12a79c7d1cb5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '78933b2e9669'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
