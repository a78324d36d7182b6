"""step 41 of graph-branchy

Revision ID: 367840783f0a
Revises: bfde86ce03f9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '367840783f0a'
down_revision: Union[str, Sequence[str], None] = 'bfde86ce03f9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
