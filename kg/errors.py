"""The exception tree. Every error the CLI reports is one of these, on one line.

::

    KgError
     |- InputError      unreadable or unsupported input
     |- PatternError    bad pattern file or rule
     |- OntologyError   unknown term, invalid .ttl
     |- QueryError      unknown query, SPARQL syntax error
     '- StoreError      persistent store or endpoint missing, refusing or corrupt

A message shows the value, says where, and ends with what is allowed or what to do.
"""


class KgError(Exception):
    """Base class of the errors this package raises on purpose."""


class InputError(KgError):
    """An input file or record is unreadable or unsupported."""


class PatternError(KgError):
    """A shipped or user pattern / word-list file has a bad entry."""


class OntologyError(KgError):
    """An ontology term is unknown or an ontology file is invalid."""


class QueryError(KgError):
    """A SPARQL query is unknown or malformed."""


class StoreError(KgError):
    """A graph store or SPARQL endpoint is missing, refusing or corrupt."""
