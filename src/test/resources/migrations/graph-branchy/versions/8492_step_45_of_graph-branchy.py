"""step 45 of graph-branchy

Revision ID: 7936243d3570
Revises: 0f42907a70c3
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7936243d3570'
down_revision: Union[str, Sequence[str], None] = '0f42907a70c3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
