"""step 378 of graph-large

Revision ID: da3df2ee3e4c
Revises: 871673fd9612
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'da3df2ee3e4c'
down_revision: Union[str, Sequence[str], None] = '871673fd9612'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
