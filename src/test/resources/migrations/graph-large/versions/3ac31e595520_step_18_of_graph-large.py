"""step 18 of graph-large

Revision ID: 3ac31e595520
Revises: 
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3ac31e595520'
down_revision = None
branch_labels = 'root3'
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
