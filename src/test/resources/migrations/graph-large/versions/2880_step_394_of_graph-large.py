"""step 394 of graph-large

Revision ID: 6fa4d73a3bd1
Revises: da3df2ee3e4c, c4f0f77c50b9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6fa4d73a3bd1'
down_revision: Union[str, Sequence[str], None] = ('da3df2ee3e4c', 'c4f0f77c50b9')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
