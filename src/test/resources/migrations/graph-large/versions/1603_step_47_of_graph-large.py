"""step 47 of graph-large

Revision ID: 1fcb76439562
Revises: da74f10efd20
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1fcb76439562'
down_revision: Union[str, Sequence[str], None] = 'da74f10efd20'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
