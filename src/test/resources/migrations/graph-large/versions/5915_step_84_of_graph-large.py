"""step 84 of graph-large

Revision ID: 4524ba45dff2
Revises: 442885af5a77
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4524ba45dff2'
down_revision: str | Sequence[str] | None = '442885af5a77'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
