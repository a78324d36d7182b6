"""step 142 of graph-large

Revision ID: a86cac9d4872
Revises: 7a1c6d40f4f4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a86cac9d4872'
down_revision: Union[str, Sequence[str], None] = '7a1c6d40f4f4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
