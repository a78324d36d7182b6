"""step 266 of graph-large

Revision ID: c6f437d73395
Revises: b8b5fdc9e5eb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c6f437d73395'
down_revision: Union[str, Sequence[str], None] = 'b8b5fdc9e5eb'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
