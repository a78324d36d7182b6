"""step 54 of graph-large

Revision ID: 58f6760277e1
Revises: 6c78fbdf5eac
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '58f6760277e1'
down_revision: str | Sequence[str] | None = '6c78fbdf5eac'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
