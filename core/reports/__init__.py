"""Reports: claims, fraud scores, reserves, decisions, renewals and calls, counted in SQL."""
