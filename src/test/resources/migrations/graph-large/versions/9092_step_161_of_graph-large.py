"""step 161 of graph-large

Revision ID: 813a234969ad
Revises: 277e36ceb7c6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '813a234969ad'
down_revision: Union[str, Sequence[str], None] = '277e36ceb7c6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'dba55b9e3673'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
