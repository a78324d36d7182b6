"""step 59 of graph-large

Revision ID: 809786d3ad85
Revises: 58f6760277e1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '809786d3ad85'
down_revision: str | Sequence[str] | None = '58f6760277e1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
