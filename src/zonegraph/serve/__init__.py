"""Serve the built graph over HTTP: a read-only SPARQL 1.1 endpoint and dereferenceable entity pages.

Users query the graph from their own tools (YASGUI, SPARQLWrapper, R, curl, notebooks), so the
server speaks the W3C SPARQL 1.1 Protocol rather than a private API. The modules, one job each:

- ``config``: the limits and settings a server runs with.
- ``pool`` and ``worker``: queries run in worker processes, so that a runaway query can be killed.
- ``tasks``: what a worker does with a request: SPARQL with a row limit, entity descriptions.
- ``protocol``: reading SPARQL Protocol requests and negotiating the response format.
- ``entities``, ``drawing``, ``pages``, ``service``: entity pages, their network drawing, the
  HTML pages and the SPARQL service description.
- ``app``: the Starlette routes; ``command``: the ``zonegraph serve`` command.
"""
