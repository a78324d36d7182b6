"""step 273 of graph-large

Revision ID: 9656a7483904
Revises: 0b9f12fa44a5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9656a7483904'
down_revision: str | Sequence[str] | None = '0b9f12fa44a5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
