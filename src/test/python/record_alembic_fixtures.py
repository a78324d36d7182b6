"""Generates the revision-graph fixtures under src/test/resources/migrations/graph-* and records what real
Alembic prints for them, so the Java tests compare against Alembic without needing Python at test time.

Run with Debian's python3-alembic:  /usr/bin/python3 src/test/python/record_alembic_fixtures.py
Alembic before 1.10 listed files with os.listdir (file-system order); since then it sorts file names. The
script sorts os.listdir so the recorded order is the modern, deterministic one. Nothing else is changed except
the print order of a set of branch labels (see below).
"""
import io
import os
import random
import shutil
import sys
from contextlib import redirect_stdout

_listdir = os.listdir
os.listdir = lambda p=".": sorted(_listdir(p))

from alembic import __version__ as alembic_version  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402
from alembic import util as alembic_util  # noqa: E402

# Branch labels are a Python set inside Alembic, printed in set order, which changes with PYTHONHASHSEED from
# one run to the next. Signalbox prints them sorted; so does this recording.
_format_as_comma = alembic_util.format_as_comma
alembic_util.format_as_comma = lambda v: _format_as_comma(sorted(v) if isinstance(v, (set, frozenset)) else v)

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources", "migrations")

FORMS = [
    'revision = {rev!r}\ndown_revision = {down!r}\nbranch_labels = {labels!r}\ndepends_on = {deps!r}\n',
    'revision: str = {rev!r}\ndown_revision: Union[str, Sequence[str], None] = {down!r}\n'
    'branch_labels: Union[str, Sequence[str], None] = {labels!r}\ndepends_on: Union[str, Sequence[str], None] = {deps!r}\n',
    'revision: str = {rev!r}\ndown_revision: str | Sequence[str] | None = {down_ml}\n'
    'branch_labels = {labels!r}\ndepends_on = {deps!r}\n',
]


def down_multiline(down):
    if isinstance(down, tuple):
        return "(\n" + "".join("    %r,\n" % d for d in down) + ")"
    return repr(down)


def write_revision(versions, rev, down, labels, deps, message, rnd):
    form = rnd.choice(FORMS)
    name_style = rnd.randrange(3)
    slug = message.lower().replace(" ", "_")
    if name_style == 0:
        name = "%s_%s.py" % (rev, slug)
    elif name_style == 1:
        name = "2024_%02d_%02d_%s_%s.py" % (rnd.randrange(1, 13), rnd.randrange(1, 28), rev, slug)
    else:
        name = "%04d_%s.py" % (rnd.randrange(10000), slug)
    body = '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2024-05-01 12:00:00.000000\n\n"""\n' % (
        message, rev, ", ".join(down) if isinstance(down, tuple) else (down or ""))
    body += "from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
    body += "# revision identifiers, used by Alembic.\n"
    body += form.format(rev=rev, down=down, labels=labels, deps=deps, down_ml=down_multiline(down))
    body += "\n\ndef upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n"
    with open(os.path.join(versions, name), "w") as f:
        f.write(body)


def generate(name, seed, count, roots):
    rnd = random.Random(seed)
    base_dir = os.path.join(ROOT, name)
    shutil.rmtree(base_dir, ignore_errors=True)
    versions = os.path.join(base_dir, "versions")
    os.makedirs(versions)
    with open(os.path.join(base_dir, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = %(here)s\n")
    revs = []          # (rev, root)
    tips = []          # revisions with no child yet
    parents = {}
    for i in range(count):
        rev = "%012x" % rnd.getrandbits(48)
        labels = None
        deps = None
        choice = rnd.random()
        if not revs or (len({r[1] for r in revs}) < roots and choice < 0.15):
            down = None
            root = len({r[1] for r in revs})
            labels = "root%d" % root if root > 0 else None
        elif choice < 0.55 and tips:
            parent = rnd.choice(tips)
            down = parent
            root = dict(revs)[parent]
        elif choice < 0.75:
            parent = rnd.choice(revs)[0]
            down = parent
            root = dict(revs)[parent]
        elif len(tips) >= 2:
            a, b = rnd.sample(tips, 2)
            down = (a, b)
            root = dict(revs)[a]
        else:
            parent = rnd.choice(revs)[0]
            down = parent
            root = dict(revs)[parent]
        if down is not None and rnd.random() < 0.12:
            others = [r for r, rt in revs if rt != root]
            if others:
                deps = rnd.choice(others)
        for d in (down if isinstance(down, tuple) else (down,)):
            if d in tips:
                tips.remove(d)
        tips.append(rev)
        revs.append((rev, root))
        parents[rev] = down
        write_revision(versions, rev, down, labels, deps, "step %d of %s" % (i, name), rnd)

    cfg = Config(os.path.join(base_dir, "alembic.ini"))
    script = ScriptDirectory.from_config(cfg)
    out = io.StringIO()
    with redirect_stdout(out):
        for sc in script.walk_revisions():
            print(sc.cmd_format(False, include_branches=True, include_doc=True, include_parents=True))
    with open(os.path.join(base_dir, "expected-history.txt"), "w") as f:
        f.write(out.getvalue())
    lines = []
    ids = [r for r, _ in revs]
    cases = [()] + [(x,) for x in rnd.sample(ids, min(6, len(ids)))]
    heads = script.get_heads()
    if len(heads) >= 2:
        cases.append(tuple(heads[:2]))
        cases.append(tuple(heads))
    for current in cases:
        try:
            steps = script._upgrade_revs("heads", current)
        except Exception as e:  # recorded so the test knows Alembic refused this case
            lines.append("current: %s\nerror: %s\n" % (",".join(current), str(e).splitlines()[0]))
            continue
        lines.append("current: %s\npending: %s\n" % (",".join(current), " ".join(s.revision.revision for s in steps)))
    with open(os.path.join(base_dir, "expected-upgrade.txt"), "w") as f:
        f.write("# recorded with alembic %s: 'alembic upgrade heads' order from each current state\n" % alembic_version)
        f.write("".join(lines))


if __name__ == "__main__":
    generate("graph-linear", 1, 12, 1)
    generate("graph-branchy", 7, 60, 1)
    generate("graph-multiroot", 42, 80, 3)
    generate("graph-large", 2024, 400, 4)
    print("fixtures written under", os.path.abspath(ROOT), file=sys.stderr)
