"""step 155 of graph-large

Revision ID: 50056cea2c95
Revises: dba55b9e3673
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '50056cea2c95'
down_revision: str | Sequence[str] | None = 'dba55b9e3673'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
