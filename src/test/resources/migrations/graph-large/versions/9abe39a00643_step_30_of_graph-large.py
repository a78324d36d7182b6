"""step 30 of graph-large

Revision ID: 9abe39a00643
Revises: 57098282eb60, 3ac31e595520
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '9abe39a00643'
down_revision = ('57098282eb60', '3ac31e595520')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
