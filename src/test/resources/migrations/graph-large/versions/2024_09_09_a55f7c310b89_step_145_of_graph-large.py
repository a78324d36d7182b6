"""step 145 of graph-large

Revision ID: a55f7c310b89
Revises: 5da5c8a14256
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a55f7c310b89'
down_revision: str | Sequence[str] | None = '5da5c8a14256'
branch_labels = None
depends_on = 'a28ee81b9fcc'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
