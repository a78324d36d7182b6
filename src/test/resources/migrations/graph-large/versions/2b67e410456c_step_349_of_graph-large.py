"""step 349 of graph-large

Revision ID: 2b67e410456c
Revises: 47d98df6c68c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2b67e410456c'
down_revision: Union[str, Sequence[str], None] = '47d98df6c68c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
