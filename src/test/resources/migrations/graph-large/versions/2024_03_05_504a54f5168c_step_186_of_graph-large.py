"""step 186 of graph-large

Revision ID: 504a54f5168c
Revises: a7cccf553165
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '504a54f5168c'
down_revision: Union[str, Sequence[str], None] = 'a7cccf553165'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
