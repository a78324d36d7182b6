"""step 8 of graph-branchy

Revision ID: 7403ec66a787
Revises: 1e278a6a63ec
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7403ec66a787'
down_revision: str | Sequence[str] | None = '1e278a6a63ec'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
