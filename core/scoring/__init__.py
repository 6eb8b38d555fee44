"""Fraud and reserve scoring."""
