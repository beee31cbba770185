"""Check a built graph against the output contract (``ontology/shapes.ttl``) with pySHACL.

The shapes span graphs: a mention (in its document's named graph) points to actors typed in
the default graph. pySHACL validates each named graph of a dataset on its own, so the dataset is
flattened into one graph first. No inference runs: the graph must state what the contract asks.

Example:
    >>> from kg.validate import Finding
    >>> Finding("Violation", "country:russia", "irkg:leaderOf", "must be a Person").line()
    'Violation: country:russia irkg:leaderOf: must be a Person'
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.graph.build import PREFIXES
from kg.graph.iri import ID
from kg.graph.store import flatten
from kg.ontology.load import load_ontology

SHAPES_FILE = "shapes.ttl"
"""The shapes file, beside ``irkg.ttl`` in the ontology folder."""
_NAMESPACES = {"rdf": str(RDF), "rdfs": str(RDFS), "id": ID, **{k: str(v) for k, v in PREFIXES.items()}}
"""Prefixes for compacting IRIs in reports; the longest matching namespace wins."""
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Finding:
    """One result of validation, its terms compacted for reading.

    Attributes:
        severity: ``Violation``, ``Warning`` or ``Info``.
        focus: The node that failed (``id:person/kim-jong-un``).
        path: The property checked (``rdfs:label``), or ``""`` for a node constraint.
        message: What the contract asks.
        value: The offending value, when there is one.
    """

    severity: str
    focus: str
    path: str
    message: str
    value: str = ""

    def line(self) -> str:
        """Return the finding as one line: severity, focus, path, message (and value)."""
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`validate`.

    Attributes:
        conforms: True when there is no violation (warnings are allowed).
        findings: Every result, violations first, then sorted by focus node and path.
    """

    conforms: bool
    findings: tuple[Finding, ...] = ()

    @property
    def violations(self) -> list[Finding]:
        """The findings that make the graph not conform."""
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        """The findings that are worth a look but do not break conformance."""
        return [f for f in self.findings if f.severity != "Violation"]

    def text(self) -> str:
        """Return the readable report: one line per finding, then a summary line."""
        lines = [f.line() for f in self.findings]
        counts = f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s)"
        verdict = "conforms" if self.conforms else "does not conform"
        return "\n".join([*lines, f"{verdict} to the irkg output contract: {counts}"])


def validate(dataset: Graph, shapes: Graph | None = None) -> Report:
    """Validate a graph or dataset against the irkg shapes.

    Args:
        dataset: What ``kg build`` wrote (a :class:`rdflib.Dataset`) or any graph.
        shapes: Shapes to use instead of the shipped ``shapes.ttl``.

    Returns:
        The report; ``report.conforms`` is False when there is at least one violation.
    """
    from pyshacl import validate as shacl_validate  # slow to import: only when needed

    data = union_graph(dataset)
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes if shapes is not None else load_shapes(),
        inference="none", allow_warnings=True, abort_on_first=False)
    findings = sorted((_finding(results, node) for node in
                       results.subjects(RDF.type, SH.ValidationResult)), key=_order)
    return Report(bool(conforms), tuple(findings))


def load_shapes() -> Graph:
    """Return the shipped shapes graph (``ontology/shapes.ttl``)."""
    return load_ontology(SHAPES_FILE)


def union_graph(dataset: Graph) -> Graph:
    """Return every triple of every graph of ``dataset`` as one plain graph."""
    return flatten(dataset) if isinstance(dataset, Dataset) else dataset


def compact(term: object) -> str:
    """Return a term as short text: an IRI as ``prefix:rest``, a literal quoted.

    >>> compact(URIRef("https://w3id.org/irkg/ontology#meets"))
    'irkg:meets'
    >>> compact(Literal("Kim"))
    '"Kim"'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        matches = [(len(ns), p) for p, ns in _NAMESPACES.items() if str(term).startswith(ns)]
        if matches:
            size, prefix = max(matches)
            return f"{prefix}:{str(term)[size:]}"
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term) if len(str(term)) <= 60 else str(term)[:57] + "..."
        return '"' + text.replace("\n", "\\n") + '"'
    if isinstance(term, BNode):
        return "[]"
    return str(term)


def _finding(results: Graph, node: object) -> Finding:
    severity = results.value(node, SH.resultSeverity)
    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    path = results.value(node, SH.resultPath)
    return Finding(
        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
        focus=compact(results.value(node, SH.focusNode)),
        path=compact(path) if isinstance(path, URIRef) else "",
        message=messages[0] if messages else "constraint not met",
        value=compact(results.value(node, SH.value)),
    )


def _order(finding: Finding) -> tuple:
    return (_SEVERITY_ORDER.get(finding.severity, 3), finding.focus, finding.path, finding.message,
            finding.value)
