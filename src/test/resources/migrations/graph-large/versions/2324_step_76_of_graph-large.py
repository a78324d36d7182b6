"""step 76 of graph-large

Revision ID: 89adc25e657d
Revises: 841ae506251e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '89adc25e657d'
down_revision = '841ae506251e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
