"""step 31 of graph-large

Revision ID: dc7f067930d5
Revises: e1e4223f2f18
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'dc7f067930d5'
down_revision: Union[str, Sequence[str], None] = 'e1e4223f2f18'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
