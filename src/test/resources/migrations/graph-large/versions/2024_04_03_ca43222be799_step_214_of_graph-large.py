"""step 214 of graph-large

Revision ID: ca43222be799
Revises: 85ddb5d18054
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ca43222be799'
down_revision: Union[str, Sequence[str], None] = '85ddb5d18054'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
