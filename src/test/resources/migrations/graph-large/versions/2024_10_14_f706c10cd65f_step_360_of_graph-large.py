"""step 360 of graph-large

Revision ID: f706c10cd65f
Revises: ba8deee40cf0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f706c10cd65f'
down_revision = 'ba8deee40cf0'
branch_labels = None
depends_on = '75981cefae38'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
