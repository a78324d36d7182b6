"""step 34 of graph-multiroot

Revision ID: f512b253d218
Revises: ec5bdfde4fbf
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f512b253d218'
down_revision: Union[str, Sequence[str], None] = 'ec5bdfde4fbf'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
