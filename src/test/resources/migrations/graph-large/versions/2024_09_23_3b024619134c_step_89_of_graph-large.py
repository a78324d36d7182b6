"""step 89 of graph-large

Revision ID: 3b024619134c
Revises: be5375c7fc05
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3b024619134c'
down_revision: Union[str, Sequence[str], None] = 'be5375c7fc05'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
