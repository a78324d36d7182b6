"""step 16 of graph-branchy

Revision ID: 65dc3f63af83
Revises: 7631f0ce5835
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '65dc3f63af83'
down_revision: Union[str, Sequence[str], None] = '7631f0ce5835'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
