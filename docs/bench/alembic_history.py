#!/usr/bin/env python3
"""Reads an Alembic script directory with Alembic itself and prints its history the way `alembic history` does:
the Python side of the CLI benchmark (docs/bench/bench-cli.sh). Needs `pip install alembic`.

    python3 docs/bench/alembic_history.py DIR
"""
import sys

from alembic.script import ScriptDirectory


def main() -> None:
    script = ScriptDirectory(sys.argv[1])
    out = []
    for sc in script.walk_revisions(base="base", head="heads"):
        out.append(sc.cmd_format(verbose=False, include_branches=True, include_doc=True, include_parents=True, tree_indicators=True))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
