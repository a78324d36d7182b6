"""step 32 of graph-multiroot

Revision ID: c0e9ed2662e9
Revises: a28d9bf00273
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c0e9ed2662e9'
down_revision: Union[str, Sequence[str], None] = 'a28d9bf00273'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
