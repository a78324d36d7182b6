"""step 191 of graph-large

Revision ID: 015849b1a24d
Revises: 1d8c82e61cd0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '015849b1a24d'
down_revision: Union[str, Sequence[str], None] = '1d8c82e61cd0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
