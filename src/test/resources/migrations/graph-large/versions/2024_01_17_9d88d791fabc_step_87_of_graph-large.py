"""step 87 of graph-large

Revision ID: 9d88d791fabc
Revises: 6f97aeccff47
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9d88d791fabc'
down_revision: str | Sequence[str] | None = '6f97aeccff47'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
