"""Where the tests' data lives."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "fr-rfi-2023-09-kim-putin.txt"
EXAMPLE_GOLD = ROOT / "examples" / "fr-rfi-2023-09-kim-putin.gold.json"
SHARED = ROOT.parent / "shared"
