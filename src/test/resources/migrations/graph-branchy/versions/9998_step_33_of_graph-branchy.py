"""step 33 of graph-branchy

Revision ID: 1a2638703800
Revises: 9aeab1491e24
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1a2638703800'
down_revision: Union[str, Sequence[str], None] = '9aeab1491e24'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
