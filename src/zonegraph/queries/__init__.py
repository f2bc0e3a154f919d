"""Queries: named SPARQL files with parameters, run against the built graph."""
