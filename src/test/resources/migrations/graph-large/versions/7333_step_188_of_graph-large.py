"""step 188 of graph-large

Revision ID: e202a0f09a0c
Revises: 504a54f5168c, a79018a9781f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e202a0f09a0c'
down_revision = ('504a54f5168c', 'a79018a9781f')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
