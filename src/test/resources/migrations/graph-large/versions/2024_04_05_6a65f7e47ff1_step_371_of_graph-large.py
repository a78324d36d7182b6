"""step 371 of graph-large

Revision ID: 6a65f7e47ff1
Revises: 5b6166fc3e89
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6a65f7e47ff1'
down_revision: str | Sequence[str] | None = '5b6166fc3e89'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
