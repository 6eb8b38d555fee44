"""One hierarchy of errors that pages catch and show to the user."""

from __future__ import annotations


class AppError(Exception):
    """Base of every error a user may see; its message is safe to display."""


class ConfigError(AppError):
    """The settings are missing or unsafe (for example no cookie key outside demo mode)."""


class ValidationError(AppError):
    """Input failed validation; `errors` maps a field name to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))


class NotFound(AppError):
    """The record asked for does not exist."""


class Conflict(AppError):
    """The action clashes with the current state (duplicate code, second renewal, ...)."""


class PermissionDenied(AppError):
    """The acting user's role does not allow the action, or the user is disabled."""


class AuthenticationFailed(AppError):
    """Login refused: unknown user, wrong password, disabled or locked account."""


class StaleUpdate(Conflict):
    """Someone else changed the record since it was read (optimistic locking)."""


class DocumentRejected(AppError):
    """An uploaded document cannot be processed; `reason` is a short code, the message says why.

    Codes: empty, not_pdf, encrypted, truncated, corrupt, no_pages, too_many_pages, too_large,
    image_bomb, needs_ocr, wrong_type.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


class ModelTampered(AppError):
    """A model file's sha256 differs from the one recorded when it was registered."""
