"""step 22 of graph-branchy

Revision ID: 6683a260cd0b
Revises: 90fb9c1caaf7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6683a260cd0b'
down_revision: Union[str, Sequence[str], None] = '90fb9c1caaf7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
