"""merge profiles and audit

Revision ID: 4d5e6f708192
Revises: 2b3c4d5e6f70, 3c4d5e6f7081
Create Date: 2024-03-04 09:08:07.000000

"""
revision = "4d5e6f708192"
down_revision = (
    "2b3c4d5e6f70",
    "3c4d5e6f7081",
)
branch_labels = None
depends_on = None
