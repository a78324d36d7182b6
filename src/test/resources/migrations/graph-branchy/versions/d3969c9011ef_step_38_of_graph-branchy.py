"""step 38 of graph-branchy

Revision ID: d3969c9011ef
Revises: cfbf9cfc8652
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd3969c9011ef'
down_revision: Union[str, Sequence[str], None] = 'cfbf9cfc8652'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
