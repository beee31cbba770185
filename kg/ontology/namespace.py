"""The IRKG namespace: every term of ``ontology/irkg.ttl``, checked on use.

``IRKG.meets`` works; ``IRKG.meet`` raises at once, because ``_fail`` is set. A test keeps this
class and the Turtle file equal in both directions.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

BASE = "https://w3id.org/irkg/"
"""The one base IRI of the project: ontology terms and generated entities hang below it."""


class IRKG(DefinedNamespace):
    """Terms of the irkg ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Mention: URIRef
    Document: URIRef
    Modality: URIRef
    # modality values
    asserted: URIRef
    planned: URIRef
    speculative: URIRef
    negated: URIRef
    # event relations
    meets: URIRef
    visits: URIRef
    suppliesMunitionsTo: URIRef
    providesAidTo: URIRef
    signsAgreementWith: URIRef
    negotiatesWith: URIRef
    imposesSanctionsOn: URIRef
    attacks: URIRef
    threatens: URIRef
    condemns: URIRef
    supports: URIRef
    cooperatesWith: URIRef
    # affiliation relations
    leaderOf: URIRef
    officialOf: URIRef
    # mention and actor properties
    modality: URIRef
    evidence: URIRef
    startChar: URIRef
    endChar: URIRef
    time: URIRef
    timeText: URIRef
    place: URIRef
    attributedTo: URIRef
    rule: URIRef
    mentionCount: URIRef
    iso3: URIRef
    # annotation properties
    cameo: URIRef
    plover: URIRef
    family: URIRef


EVENT_RELATIONS = (
    "meets", "visits", "suppliesMunitionsTo", "providesAidTo", "signsAgreementWith",
    "negotiatesWith", "imposesSanctionsOn", "attacks", "threatens", "condemns", "supports",
    "cooperatesWith",
)
RELATIONS = (*EVENT_RELATIONS, "leaderOf", "officialOf")
"""Local names of the 14 relations, in the order of the inventory."""

SYMMETRIC = frozenset({"meets", "signsAgreementWith", "negotiatesWith", "cooperatesWith"})
MODALITIES = ("asserted", "planned", "speculative", "negated")
ACTOR_TYPES = ("Person", "Country", "Organization", "Place")
