"""broken: an unterminated string

Revision ID: deadbeef0001
"""
revision = "deadbeef0001
down_revision = None
