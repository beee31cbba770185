"""Tests of the interactive page in headless chromium (marker: browser)."""
