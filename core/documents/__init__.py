"""Claim documents: sample generation, text and OCR extraction, field parsing."""
