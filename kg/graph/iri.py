"""Deterministic IRIs: the same actor gets the same IRI in every build, on every machine.

An actor's IRI is ``https://w3id.org/irkg/id/<type>/<key>``, where ``<type>`` is the lower-cased
class name and ``<key>`` the normalised key (see :func:`slug`). A mention's IRI is formed from its
document and its content, so rebuilding the same text gives the same IRIs.
"""

from __future__ import annotations

import hashlib
import re

from anyascii import anyascii
from rdflib import URIRef

from kg.ontology.namespace import BASE

ID = BASE + "id/"


def slug(text: str) -> str:
    """Return a lower-case ASCII key: accents stripped, runs of other characters as ``-``.

    >>> slug("Sergueï Choïgou")
    'serguei-choigou'
    >>> slug("  États-Unis ")
    'etats-unis'
    >>> slug("Mariusz Błaszczak")
    'mariusz-blaszczak'
    """
    ascii_text = anyascii(text).lower()  # also the letters with no decomposition: "Błaszczak" -> "blaszczak"
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def actor_iri(actor_type: str, key: str) -> URIRef:
    """Return the IRI of an actor of ``actor_type`` (Person, Country, ...) and ``key``.

    >>> str(actor_iri("Country", "north-korea"))
    'https://w3id.org/irkg/id/country/north-korea'
    """
    return URIRef(f"{ID}{actor_type.lower()}/{slug(key)}")


def document_iri(doc_id: str) -> URIRef:
    """Return the IRI of a document; also the name of its graph in TriG / N-Quads.

    >>> str(document_iri("fr-rfi-2023-09-kim-putin"))
    'https://w3id.org/irkg/id/doc/fr-rfi-2023-09-kim-putin'
    """
    return URIRef(f"{ID}doc/{slug(doc_id)}")


def mention_iri(doc_id: str, *parts: object) -> URIRef:
    """Return the IRI of a mention: the document plus a short digest of what it states."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{ID}mention/{slug(doc_id)}/{digest}")
