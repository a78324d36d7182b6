"""step 14 of graph-branchy

Revision ID: ae65fe3b890b
Revises: 17f5d70820fe, b1fe57124242
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ae65fe3b890b'
down_revision: Union[str, Sequence[str], None] = ('17f5d70820fe', 'b1fe57124242')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
