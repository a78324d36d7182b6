"""step 20 of graph-multiroot

Revision ID: 0025eb2263dd
Revises: 7e57827050a8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0025eb2263dd'
down_revision: Union[str, Sequence[str], None] = '7e57827050a8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '43cf24933b83'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
