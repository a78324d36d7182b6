"""step 361 of graph-large

Revision ID: e6bdf9399cf5
Revises: f706c10cd65f, 32c7b8e77334
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e6bdf9399cf5'
down_revision = ('f706c10cd65f', '32c7b8e77334')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
