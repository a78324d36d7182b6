"""step 268 of graph-large

Revision ID: e1107e7eb1f8
Revises: 980a5be27fa8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e1107e7eb1f8'
down_revision: Union[str, Sequence[str], None] = '980a5be27fa8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
