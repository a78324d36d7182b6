"""step 12 of graph-branchy

Revision ID: b1fe57124242
Revises: 930d14f4733f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b1fe57124242'
down_revision: Union[str, Sequence[str], None] = '930d14f4733f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
