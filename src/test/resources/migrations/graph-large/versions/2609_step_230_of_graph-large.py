"""step 230 of graph-large

Revision ID: 38a1a753c13c
Revises: 1f03ddc29e3b, 07ec91c18ffd
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '38a1a753c13c'
down_revision = ('1f03ddc29e3b', '07ec91c18ffd')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
