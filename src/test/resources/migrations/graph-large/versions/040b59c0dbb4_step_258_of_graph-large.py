"""step 258 of graph-large

Revision ID: 040b59c0dbb4
Revises: f3fafaed55f3, e1bb66f8ec71
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '040b59c0dbb4'
down_revision: str | Sequence[str] | None = (
    'f3fafaed55f3',
    'e1bb66f8ec71',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
