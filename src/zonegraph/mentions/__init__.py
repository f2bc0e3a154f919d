"""Mentions: find the names of zones, institutes, enterprises, industries, clusters and policies.

Each finder is a small component that reads one cleaned sentence and returns Mention records;
``find_mentions`` runs them in order and keeps the longest claim on any span of text.
"""

from zonegraph.mentions.base import Mention
from zonegraph.mentions.finder import find_mentions

__all__ = ["Mention", "find_mentions"]
