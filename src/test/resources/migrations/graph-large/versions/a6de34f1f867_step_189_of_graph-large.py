"""step 189 of graph-large

Revision ID: a6de34f1f867
Revises: a75f666d777d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a6de34f1f867'
down_revision = 'a75f666d777d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
