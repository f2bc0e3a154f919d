"""Documents in: decode files, undo a web copy's markup, clean the text with an offset map, cut it into sentences."""

from zonegraph.documents.model import Document, Sentence
from zonegraph.documents.reading import read_corpus, read_document

__all__ = ["Document", "Sentence", "read_corpus", "read_document"]
