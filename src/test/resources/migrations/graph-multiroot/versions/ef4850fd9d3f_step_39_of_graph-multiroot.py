"""step 39 of graph-multiroot

Revision ID: ef4850fd9d3f
Revises: 983294340a03
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ef4850fd9d3f'
down_revision: Union[str, Sequence[str], None] = '983294340a03'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
