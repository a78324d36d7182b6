"""step 270 of graph-large

Revision ID: b09cc3f4679c
Revises: c6f437d73395
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b09cc3f4679c'
down_revision: Union[str, Sequence[str], None] = 'c6f437d73395'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
