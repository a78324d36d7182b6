"""step 10 of graph-multiroot

Revision ID: a28d9bf00273
Revises: 4b0d8d5288f1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a28d9bf00273'
down_revision: Union[str, Sequence[str], None] = '4b0d8d5288f1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
