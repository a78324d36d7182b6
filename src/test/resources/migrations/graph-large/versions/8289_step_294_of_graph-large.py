"""step 294 of graph-large

Revision ID: 5f32084e378b
Revises: 5100fdb2bd71
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5f32084e378b'
down_revision: Union[str, Sequence[str], None] = '5100fdb2bd71'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
