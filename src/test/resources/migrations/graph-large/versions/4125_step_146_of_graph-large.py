"""step 146 of graph-large

Revision ID: 5f1bff86f9e6
Revises: a55f7c310b89
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5f1bff86f9e6'
down_revision: str | Sequence[str] | None = 'a55f7c310b89'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
