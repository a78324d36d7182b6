"""step 33 of graph-multiroot

Revision ID: 66aadd59ba71
Revises: ec5bdfde4fbf, c0e9ed2662e9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '66aadd59ba71'
down_revision: Union[str, Sequence[str], None] = ('ec5bdfde4fbf', 'c0e9ed2662e9')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '43cf24933b83'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
