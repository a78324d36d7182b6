"""step 225 of graph-large

Revision ID: 4ab0bdc4fbd5
Revises: 2634194850c6, 8da89c0751f8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4ab0bdc4fbd5'
down_revision: Union[str, Sequence[str], None] = ('2634194850c6', '8da89c0751f8')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
