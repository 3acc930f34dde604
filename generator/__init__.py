"""Đề án 06 Open Data: progress reports -> Frictionless data package -> bilingual static site."""

__version__ = "0.1.0"
