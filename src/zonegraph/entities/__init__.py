"""Entities: resolve mentions to one node per real-world entity across all documents."""

from zonegraph.entities.registry import Entity, Registry

__all__ = ["Entity", "Registry"]
