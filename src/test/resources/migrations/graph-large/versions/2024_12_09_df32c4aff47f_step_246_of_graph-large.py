"""step 246 of graph-large

Revision ID: df32c4aff47f
Revises: 29c4a83e414c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'df32c4aff47f'
down_revision: Union[str, Sequence[str], None] = '29c4a83e414c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
