"""Tests of the ways out of irkg: RDF syntaxes, SHACL, triple stores, SPARQL files, networkx."""
