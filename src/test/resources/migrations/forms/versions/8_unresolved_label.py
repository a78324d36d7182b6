"""expand branch with a computed label"""
from myapp import cli

revision = "819203142536"
down_revision = "7081920314a5"
branch_labels = (cli.EXPAND_BRANCH,)
depends_on = None
