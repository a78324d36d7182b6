"""step 13 of graph-multiroot

Revision ID: 43cf24933b83
Revises: 
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '43cf24933b83'
down_revision: str | Sequence[str] | None = None
branch_labels = 'root2'
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
