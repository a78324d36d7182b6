"""step 71 of graph-multiroot

Revision ID: aae676f2dbfe
Revises: b008a7f36ae9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'aae676f2dbfe'
down_revision: Union[str, Sequence[str], None] = 'b008a7f36ae9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
