"""Numbers: zone indicators as Data Cube observations, and major projects from plan tables."""

from zonegraph.numbers.extract import NumbersResult, extract_numbers

__all__ = ["NumbersResult", "extract_numbers"]
