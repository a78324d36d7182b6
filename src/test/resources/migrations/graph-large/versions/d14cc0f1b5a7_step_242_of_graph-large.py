"""step 242 of graph-large

Revision ID: d14cc0f1b5a7
Revises: 409275ffaa4f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd14cc0f1b5a7'
down_revision: Union[str, Sequence[str], None] = '409275ffaa4f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
