"""step 177 of graph-large

Revision ID: b5fc036b5d2a
Revises: c7f431a3de6d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b5fc036b5d2a'
down_revision: Union[str, Sequence[str], None] = 'c7f431a3de6d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
