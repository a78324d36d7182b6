"""step 160 of graph-large

Revision ID: e35a1ef8a280
Revises: 0dc34f997cd0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e35a1ef8a280'
down_revision: Union[str, Sequence[str], None] = '0dc34f997cd0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
