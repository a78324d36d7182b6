"""step 61 of graph-large

Revision ID: ba35ac4a262d
Revises: a860c1a528d7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ba35ac4a262d'
down_revision: Union[str, Sequence[str], None] = 'a860c1a528d7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
