"""step 53 of graph-branchy

Revision ID: 40cb249a4584
Revises: 1f52c8b007ee, 50e4712ea6b3
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '40cb249a4584'
down_revision = ('1f52c8b007ee', '50e4712ea6b3')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
