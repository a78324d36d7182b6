"""step 49 of graph-branchy

Revision ID: b156330c16a3
Revises: e4ddc28ee907
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b156330c16a3'
down_revision = 'e4ddc28ee907'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
