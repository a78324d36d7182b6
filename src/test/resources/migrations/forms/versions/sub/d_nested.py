"""only read with recursive_version_locations = true"""
revision = "d0d0d0d0d0d0"
down_revision = "920314253647"
