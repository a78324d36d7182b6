"""step 7 of graph-branchy

Revision ID: 0f42907a70c3
Revises: 1fb190c192cf
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0f42907a70c3'
down_revision: Union[str, Sequence[str], None] = '1fb190c192cf'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
