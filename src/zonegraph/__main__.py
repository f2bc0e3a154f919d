"""``python -m zonegraph`` runs the command line."""

from zonegraph.cli import main

main()
