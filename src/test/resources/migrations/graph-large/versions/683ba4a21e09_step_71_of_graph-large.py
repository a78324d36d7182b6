"""step 71 of graph-large

Revision ID: 683ba4a21e09
Revises: c150390126bb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '683ba4a21e09'
down_revision: Union[str, Sequence[str], None] = 'c150390126bb'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
