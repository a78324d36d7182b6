"""step 209 of graph-large

Revision ID: b97dbbbdec3d
Revises: ccece01fc4f3
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b97dbbbdec3d'
down_revision: Union[str, Sequence[str], None] = 'ccece01fc4f3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
