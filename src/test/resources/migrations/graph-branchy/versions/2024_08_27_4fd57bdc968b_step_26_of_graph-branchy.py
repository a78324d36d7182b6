"""step 26 of graph-branchy

Revision ID: 4fd57bdc968b
Revises: e64774e69a5d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4fd57bdc968b'
down_revision: str | Sequence[str] | None = 'e64774e69a5d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
