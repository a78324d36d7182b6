"""step 57 of graph-branchy

Revision ID: eb25fc2e6a59
Revises: 40cb249a4584, 626404a10547
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'eb25fc2e6a59'
down_revision = ('40cb249a4584', '626404a10547')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
