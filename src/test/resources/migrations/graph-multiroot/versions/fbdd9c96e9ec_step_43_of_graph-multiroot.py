"""step 43 of graph-multiroot

Revision ID: fbdd9c96e9ec
Revises: 9f0475523327, 119ce1805081
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'fbdd9c96e9ec'
down_revision = ('9f0475523327', '119ce1805081')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
