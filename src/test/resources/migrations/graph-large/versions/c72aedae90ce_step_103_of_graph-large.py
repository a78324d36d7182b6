"""step 103 of graph-large

Revision ID: c72aedae90ce
Revises: beac498c4162
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c72aedae90ce'
down_revision: Union[str, Sequence[str], None] = 'beac498c4162'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
