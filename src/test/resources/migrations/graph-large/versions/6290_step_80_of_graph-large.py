"""step 80 of graph-large

Revision ID: 78933b2e9669
Revises: 00bc3ab04b0a, 5c7ad98b3d70
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '78933b2e9669'
down_revision: Union[str, Sequence[str], None] = ('00bc3ab04b0a', '5c7ad98b3d70')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
