"""step 307 of graph-large

Revision ID: 25ad09a11f59
Revises: 73b840e86594
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '25ad09a11f59'
down_revision: Union[str, Sequence[str], None] = '73b840e86594'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '093c5ba88eb9'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
