"""step 55 of graph-branchy

Revision ID: 5b4b321c5296
Revises: aaf7fd68373b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5b4b321c5296'
down_revision: str | Sequence[str] | None = 'aaf7fd68373b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
