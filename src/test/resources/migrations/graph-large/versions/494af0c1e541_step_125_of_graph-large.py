"""step 125 of graph-large

Revision ID: 494af0c1e541
Revises: 265290e1f902, 623f61af4de5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '494af0c1e541'
down_revision: Union[str, Sequence[str], None] = ('265290e1f902', '623f61af4de5')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
