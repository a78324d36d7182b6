"""step 201 of graph-large

Revision ID: 952960c5e6e2
Revises: 2a17987e5e28
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '952960c5e6e2'
down_revision: str | Sequence[str] | None = '2a17987e5e28'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
