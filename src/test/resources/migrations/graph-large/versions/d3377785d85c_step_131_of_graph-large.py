"""step 131 of graph-large

Revision ID: d3377785d85c
Revises: bfd3edffd5bc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd3377785d85c'
down_revision: Union[str, Sequence[str], None] = 'bfd3edffd5bc'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
