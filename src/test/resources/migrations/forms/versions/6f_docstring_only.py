"""an old file that only has the header

Revision ID: 6f7081920314
Revises: ('5e6f70819203',)
Create Date: 2013-05-06 07:08:09

"""
