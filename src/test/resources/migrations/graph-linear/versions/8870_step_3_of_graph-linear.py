"""step 3 of graph-linear

Revision ID: f1fd9755d4c1
Revises: 6ec963ca828d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f1fd9755d4c1'
down_revision = '6ec963ca828d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
