"""step 199 of graph-large

Revision ID: ea4ad386a529
Revises: 5ed75f5f9332, 0ce9be9dcc7a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ea4ad386a529'
down_revision: Union[str, Sequence[str], None] = ('5ed75f5f9332', '0ce9be9dcc7a')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
