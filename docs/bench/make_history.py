#!/usr/bin/env python3
"""Writes a generated Alembic script directory of N revisions (default 300) for the CLI benchmark.

No real ~300-revision history can ship with the project (their licences and size), so this makes one shaped like
pypi/warehouse's (288 revisions when issue 19 was measured): mostly linear, a merge every ~25 revisions, a few
branch points, Alembic 1.13's template with type annotations, real-looking upgrade()/downgrade() bodies, file
names in Alembic's "<rev>_<slug>.py" form. Deterministic: the same N gives the same files.

    python3 docs/bench/make_history.py DIR [N]
"""
import os
import random
import sys

TEMPLATE = '''"""{message}

Revision ID: {rev}
Revises: {revises}
Create Date: 2024-{month:02d}-{day:02d} 12:{minute:02d}:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "{rev}"
down_revision: Union[str, Sequence[str], None] = {down}
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "table_{i}",
        sa.Column("id", postgresql.UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("created", sa.DateTime(), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_table_{i}_name"), "table_{i}", ["name"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_table_{i}_name"), table_name="table_{i}")
    op.drop_table("table_{i}")
'''


def main() -> None:
    target = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rnd = random.Random(288)
    versions = os.path.join(target, "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(target, "env.py"), "w") as f:
        f.write("# Generated for the benchmark: Alembic reads revisions without running env.py.\n")
    with open(os.path.join(target, "script.py.mako"), "w") as f:
        f.write('"""${message}"""\n')
    tips = []
    for i in range(count):
        rev = "%012x" % rnd.getrandbits(48)
        if not tips:
            down, revises = "None", ""
        elif len(tips) >= 2 and (i % 25 == 0 or len(tips) > 2):
            a, b = tips.pop(), tips.pop()
            down, revises = '("%s", "%s")' % (a, b), "%s, %s" % (a, b)
        elif i % 31 == 0:
            parent = tips[-1]  # a branch point: the parent stays a tip and gets a second child
            down, revises = '"%s"' % parent, parent
        else:
            parent = tips.pop()
            down, revises = '"%s"' % parent, parent
        tips.append(rev)
        text = TEMPLATE.format(message="step %d: add table_%d" % (i, i), rev=rev, revises=revises, down=down, i=i,
                               month=1 + i % 12, day=1 + i % 28, minute=i % 60)
        with open(os.path.join(versions, "%s_step_%d_add_table_%d.py" % (rev, i, i)), "w") as f:
            f.write(text)
    print("%d revisions in %s" % (count, target))


if __name__ == "__main__":
    main()
