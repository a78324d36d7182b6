"""step 18 of graph-branchy

Revision ID: 3b12f52ddf5d
Revises: 65dc3f63af83
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3b12f52ddf5d'
down_revision: str | Sequence[str] | None = '65dc3f63af83'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
