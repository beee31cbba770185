"""Reading inputs into :class:`kg.types.Document` records."""

from kg.ingest.read import iter_documents, read_path

__all__ = ["iter_documents", "read_path"]
