"""step 168 of graph-large

Revision ID: 46334cfb46b4
Revises: daaf4b328fd5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '46334cfb46b4'
down_revision: Union[str, Sequence[str], None] = 'daaf4b328fd5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
