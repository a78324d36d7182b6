"""step 70 of graph-multiroot

Revision ID: f53dcdda24ba
Revises: 006e6fa17735
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f53dcdda24ba'
down_revision = '006e6fa17735'
branch_labels = None
depends_on = '614217be3111'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
