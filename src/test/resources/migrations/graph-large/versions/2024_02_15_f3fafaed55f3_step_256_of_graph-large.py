"""step 256 of graph-large

Revision ID: f3fafaed55f3
Revises: fba314219577
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f3fafaed55f3'
down_revision: Union[str, Sequence[str], None] = 'fba314219577'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
