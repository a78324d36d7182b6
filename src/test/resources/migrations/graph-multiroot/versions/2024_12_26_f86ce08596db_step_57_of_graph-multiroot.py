"""step 57 of graph-multiroot

Revision ID: f86ce08596db
Revises: 66518268690b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f86ce08596db'
down_revision: Union[str, Sequence[str], None] = '66518268690b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
