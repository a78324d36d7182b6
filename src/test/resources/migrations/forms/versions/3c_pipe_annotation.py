"""side branch with PEP 604 annotations"""
from typing import Sequence
revision: str = "3c4d5e6f7081"
down_revision: str | Sequence[str] | None = (
    "1a2b3c4d5e6f"  # the users table
)
branch_labels: str | Sequence[str] | None = ("audit",)
depends_on: str | Sequence[str] | None = None
