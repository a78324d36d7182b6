"""step 123 of graph-large

Revision ID: 265290e1f902
Revises: 087618f40332
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '265290e1f902'
down_revision: Union[str, Sequence[str], None] = '087618f40332'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '57b11ff6a943'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
