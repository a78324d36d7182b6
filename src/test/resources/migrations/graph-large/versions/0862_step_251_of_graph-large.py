"""step 251 of graph-large

Revision ID: 940c3d65b309
Revises: 492f72b86b22
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '940c3d65b309'
down_revision: Union[str, Sequence[str], None] = '492f72b86b22'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'ccece01fc4f3'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
