"""step 56 of graph-branchy

Revision ID: 626404a10547
Revises: 5b4b321c5296
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '626404a10547'
down_revision = '5b4b321c5296'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
