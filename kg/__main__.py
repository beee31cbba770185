"""``python -m kg``: the same as the ``kg`` command."""

import sys

from kg.cli import run

sys.exit(run())
