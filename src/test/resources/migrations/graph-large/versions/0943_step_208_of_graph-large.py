"""step 208 of graph-large

Revision ID: ccece01fc4f3
Revises: 9abe39a00643
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ccece01fc4f3'
down_revision: str | Sequence[str] | None = '9abe39a00643'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
