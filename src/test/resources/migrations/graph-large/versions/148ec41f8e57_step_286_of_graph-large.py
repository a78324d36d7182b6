"""step 286 of graph-large

Revision ID: 148ec41f8e57
Revises: 200b08d62003
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '148ec41f8e57'
down_revision: Union[str, Sequence[str], None] = '200b08d62003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
