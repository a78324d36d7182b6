"""step 375 of graph-large

Revision ID: 52e77178bf09
Revises: 368cb2311cb8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '52e77178bf09'
down_revision: Union[str, Sequence[str], None] = '368cb2311cb8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
