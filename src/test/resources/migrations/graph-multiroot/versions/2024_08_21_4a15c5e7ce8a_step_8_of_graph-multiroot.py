"""step 8 of graph-multiroot

Revision ID: 4a15c5e7ce8a
Revises: 386e6b65a6a4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4a15c5e7ce8a'
down_revision: Union[str, Sequence[str], None] = '386e6b65a6a4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
