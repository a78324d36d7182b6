"""step 278 of graph-large

Revision ID: 871673fd9612
Revises: e1107e7eb1f8, 093c5ba88eb9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '871673fd9612'
down_revision: Union[str, Sequence[str], None] = ('e1107e7eb1f8', '093c5ba88eb9')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
