"""bare tuple and implicit concatenation"""
revision = "92" "0314253647"
down_revision = "819203142536",
