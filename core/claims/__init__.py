"""Claims and their documents."""
