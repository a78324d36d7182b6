"""step 267 of graph-large

Revision ID: 980a5be27fa8
Revises: 040b59c0dbb4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '980a5be27fa8'
down_revision: Union[str, Sequence[str], None] = '040b59c0dbb4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
