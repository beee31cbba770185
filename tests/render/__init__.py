"""Tests of kg.render: the interactive page, without a browser."""
