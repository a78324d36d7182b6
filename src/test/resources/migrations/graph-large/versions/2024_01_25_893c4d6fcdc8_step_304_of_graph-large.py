"""step 304 of graph-large

Revision ID: 893c4d6fcdc8
Revises: cae3a4364b1b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '893c4d6fcdc8'
down_revision: str | Sequence[str] | None = 'cae3a4364b1b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
