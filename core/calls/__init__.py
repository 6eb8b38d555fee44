"""AI voice calls and campaigns."""
