"""step 350 of graph-large

Revision ID: bde26a5f82a5
Revises: d4e157b298d4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'bde26a5f82a5'
down_revision: Union[str, Sequence[str], None] = 'd4e157b298d4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'ba35ac4a262d'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
