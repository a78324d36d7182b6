"""step 47 of graph-branchy

Revision ID: 46e430f97058
Revises: df7004c9d78d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '46e430f97058'
down_revision: str | Sequence[str] | None = 'df7004c9d78d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
