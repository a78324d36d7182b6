"""step 222 of graph-large

Revision ID: 2634194850c6
Revises: 8d78b93e178f, f5cd10ce7433
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2634194850c6'
down_revision: str | Sequence[str] | None = (
    '8d78b93e178f',
    'f5cd10ce7433',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
