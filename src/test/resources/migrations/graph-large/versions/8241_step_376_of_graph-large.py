"""step 376 of graph-large

Revision ID: 630faab3d21b
Revises: e8c88c4a615e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '630faab3d21b'
down_revision: Union[str, Sequence[str], None] = 'e8c88c4a615e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
