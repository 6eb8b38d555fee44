"""Widgets and cached loaders shared by pages; no business logic lives here."""
