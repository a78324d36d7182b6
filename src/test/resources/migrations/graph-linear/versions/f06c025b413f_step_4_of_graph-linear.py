"""step 4 of graph-linear

Revision ID: f06c025b413f
Revises: 7311c2ce6f44, f1fd9755d4c1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f06c025b413f'
down_revision: str | Sequence[str] | None = (
    '7311c2ce6f44',
    'f1fd9755d4c1',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
