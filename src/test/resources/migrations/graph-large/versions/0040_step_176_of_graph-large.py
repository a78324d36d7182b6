"""step 176 of graph-large

Revision ID: c7f431a3de6d
Revises: 813a234969ad
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c7f431a3de6d'
down_revision: Union[str, Sequence[str], None] = '813a234969ad'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
