"""step 265 of graph-large

Revision ID: b8b5fdc9e5eb
Revises: 77a3ecb2f74e, fd9c4733ac60
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b8b5fdc9e5eb'
down_revision = ('77a3ecb2f74e', 'fd9c4733ac60')
branch_labels = None
depends_on = 'ccece01fc4f3'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
