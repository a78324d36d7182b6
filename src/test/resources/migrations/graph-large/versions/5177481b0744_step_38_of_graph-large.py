"""step 38 of graph-large

Revision ID: 5177481b0744
Revises: eb3a8d50b265
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5177481b0744'
down_revision: Union[str, Sequence[str], None] = 'eb3a8d50b265'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
