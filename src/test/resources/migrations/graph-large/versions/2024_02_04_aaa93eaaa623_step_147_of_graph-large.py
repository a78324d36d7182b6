"""step 147 of graph-large

Revision ID: aaa93eaaa623
Revises: 5f1bff86f9e6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'aaa93eaaa623'
down_revision: str | Sequence[str] | None = '5f1bff86f9e6'
branch_labels = None
depends_on = '6007a50bac3c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
