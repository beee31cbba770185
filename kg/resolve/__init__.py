"""Canonical actors: the gazetteer of known actors and merging mentions into actors."""
