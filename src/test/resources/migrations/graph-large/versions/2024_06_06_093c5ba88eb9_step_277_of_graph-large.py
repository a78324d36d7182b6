"""step 277 of graph-large

Revision ID: 093c5ba88eb9
Revises: b09cc3f4679c, f34129e36e60
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '093c5ba88eb9'
down_revision: Union[str, Sequence[str], None] = ('b09cc3f4679c', 'f34129e36e60')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
