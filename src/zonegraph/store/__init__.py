"""Where the graph lives: a persistent embedded Oxigraph store under build/store/, or a remote
SPARQL 1.1 engine.

- ``layout``: the store's folder, its generations and the atomic commit that makes them crash-safe;
- ``oxigraph`` and ``terms``: the store as an rdflib Dataset whose SPARQL runs in Oxigraph;
- ``generation``: preparing a new generation (TriG parts, union default graph) and committing it;
- ``documents``: builds, incremental ingest and removal by document, keyed by content hash;
- ``importing``: loading Turtle, TriG, N-Triples or N-Quads files;
- ``remote``: SPARQL 1.1 Protocol and Graph Store Protocol client (query, update, push).
"""
