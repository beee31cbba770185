"""The project's vocabulary: the IRKG namespace and the ontology files it mirrors."""

from kg.ontology.namespace import (
    BASE,
    EVENT_RELATIONS,
    IRKG,
    MODALITIES,
    RELATIONS,
    SYMMETRIC,
)

__all__ = ["BASE", "EVENT_RELATIONS", "IRKG", "MODALITIES", "RELATIONS", "SYMMETRIC"]
