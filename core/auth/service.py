"""Users, roles, login bookkeeping and the role checks every service uses."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import bcrypt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.models import ROLES, User
from core.auth.schemas import CurrentUser, UserView
from core.config import get_settings
from core.db import session_scope, utcnow
from core.errors import AuthenticationFailed, Conflict, NotFound, PermissionDenied, ValidationError
from core.pagination import Page, paginate
from core.validation import normalize_email

MIN_PASSWORD_LENGTH = 8


def require_role(actor: CurrentUser | None, *roles: str) -> CurrentUser:
    """Raise PermissionDenied unless the actor holds one of `roles`."""
    if actor is None:
        raise PermissionDenied("You must be logged in.")
    if actor.role not in roles:
        raise PermissionDenied(
            f"Your role ({actor.role}) may not do this; it needs {' or '.join(roles)}."
        )
    return actor


def hash_password(password: str) -> str:
    """A bcrypt hash of the password (what streamlit-authenticator checks against)."""
    return bcrypt.hashpw(
        password.encode(), bcrypt.gensalt(rounds=get_settings().bcrypt_rounds)
    ).decode()


def _to_view(user: User) -> UserView:
    return UserView(
        id=user.id, username=user.username, name=user.name, email=user.email, role=user.role,
        active=user.active, failed_login_attempts=user.failed_login_attempts,
        locked_until=user.locked_until, last_login_at=user.last_login_at,
        created_at=user.created_at,
    )


def _to_current(user: User) -> CurrentUser:
    return CurrentUser(id=user.id, username=user.username, name=user.name, role=user.role)


def _validate_new_user(username: str, name: str, email: str, password: str, role: str) -> str:
    errors: dict[str, str] = {}
    if not username or not username.replace("_", "").replace(".", "").isalnum():
        errors["username"] = "use letters, digits, dots and underscores only"
    if not name.strip():
        errors["name"] = "is required"
    try:
        email = normalize_email(email)
    except ValueError as exc:
        errors["email"] = str(exc)
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = f"must be at least {MIN_PASSWORD_LENGTH} characters"
    if role not in ROLES:
        errors["role"] = f"must be one of {', '.join(ROLES)}"
    if errors:
        raise ValidationError(errors)
    return email


def add_user(
    *, session: Session, username: str, name: str, email: str, password: str, role: str,
    actor: CurrentUser | None,
) -> User:
    """Insert a validated user in the caller's transaction."""
    username = username.strip().lower()
    email = _validate_new_user(username, name, email, password, role)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"A user named {username!r} already exists.")
    user = User(
        username=username, name=name.strip(), email=email,
        password_hash=hash_password(password), role=role, active=True,
        failed_login_attempts=0,
    )
    session.add(user)
    session.flush()
    record_audit(
        session=session, actor=actor, action="user_created", entity_type="user",
        entity_id=user.id, details={"username": username, "role": role},
    )
    return user


def create_user(
    username: str, name: str, email: str, password: str, role: str, *, actor: CurrentUser
) -> UserView:
    """Create a user (admins only)."""
    require_role(actor, "admin")
    with session_scope() as session:
        return _to_view(
            add_user(
                session=session, username=username, name=name, email=email,
                password=password, role=role, actor=actor,
            )
        )


def _get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"User {user_id} does not exist.")
    return user


def _active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(User).where(User.role == "admin", User.active)
    ) or 0


def set_user_role(user_id: int, role: str, *, actor: CurrentUser) -> UserView:
    """Change a user's role (admins only; the last active admin keeps the role)."""
    require_role(actor, "admin")
    if role not in ROLES:
        raise ValidationError({"role": f"must be one of {', '.join(ROLES)}"})
    with session_scope() as session:
        user = _get_user(session, user_id)
        demoting = user.role == "admin" and role != "admin" and user.active
        if demoting and _active_admins(session) <= 1:
            raise Conflict("This is the last active admin; make another admin first.")
        old = user.role
        user.role = role
        record_audit(
            session=session, actor=actor, action="user_role_changed", entity_type="user",
            entity_id=user.id, details={"old": old, "new": role},
        )
        return _to_view(user)


def set_user_active(user_id: int, active: bool, *, actor: CurrentUser) -> UserView:
    """Disable or re-enable a user (admins only; nobody disables themself)."""
    require_role(actor, "admin")
    with session_scope() as session:
        user = _get_user(session, user_id)
        if not active and user.id == actor.id:
            raise Conflict("You cannot disable your own account.")
        user.active = active
        if active:
            user.failed_login_attempts, user.locked_until = 0, None
        record_audit(
            session=session, actor=actor, action="user_enabled" if active else "user_disabled",
            entity_type="user", entity_id=user.id, details={"username": user.username},
        )
        return _to_view(user)


def list_users(
    *, actor: CurrentUser, role: str | None = None, page: int = 1, page_size: int = 25
) -> Page[UserView]:
    """Users ordered by username (admins only)."""
    require_role(actor, "admin")
    stmt = select(User).order_by(User.username)
    if role:
        stmt = stmt.where(User.role == role)
    with session_scope() as session:
        return paginate(session, stmt, page=page, page_size=page_size, to_item=_to_view)


def load_login_credentials() -> dict[str, Any]:
    """The credentials dict streamlit-authenticator expects, built from active users only.

    A locked account is reported with its attempts at the maximum so the widget refuses it.
    """
    settings = get_settings()
    now = utcnow()
    users: dict[str, Any] = {}
    with session_scope() as session:
        for user in session.scalars(select(User).where(User.active)):
            locked = user.locked_until is not None and user.locked_until > now
            attempts = settings.max_login_attempts if locked else user.failed_login_attempts
            if not locked and user.locked_until is not None:
                attempts = 0  # the lock has expired
            users[user.username] = {
                "name": user.name, "email": user.email, "password": user.password_hash,
                "roles": [user.role], "failed_login_attempts": attempts, "logged_in": False,
            }
    return {"usernames": users}


def record_failed_login(username: str) -> bool:
    """Count a failed login; lock the account when the limit is reached. True if now locked."""
    settings = get_settings()
    with session_scope() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            record_audit(
                session=session, actor=None, username=username[:64] or "unknown",
                action="login_failed", entity_type="user", details={"known": False},
            )
            return False
        now = utcnow()
        if user.locked_until is not None and user.locked_until <= now:
            user.failed_login_attempts, user.locked_until = 0, None
        user.failed_login_attempts += 1
        locked = user.failed_login_attempts >= settings.max_login_attempts
        if locked and user.locked_until is None:
            user.locked_until = now + timedelta(minutes=settings.lockout_minutes)
        record_audit(
            session=session, actor=None, username=user.username,
            action="account_locked" if locked else "login_failed", entity_type="user",
            entity_id=user.id, details={"attempts": user.failed_login_attempts},
        )
        return locked


def record_login(username: str) -> CurrentUser:
    """Note a successful login (attempts reset, audited) and return the user."""
    with session_scope() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise AuthenticationFailed("This account is disabled.")
        if user.locked_until is not None and user.locked_until > utcnow():
            raise AuthenticationFailed("This account is locked after too many failed logins.")
        user.failed_login_attempts, user.locked_until, user.last_login_at = 0, None, utcnow()
        current = _to_current(user)
        record_audit(session=session, actor=current, action="login", entity_type="user",
                     entity_id=user.id)
        return current


def record_cookie_login(username: str) -> None:
    """Note a session resumed from the remember-me cookie (audited as a login via cookie).

    Failed-login counters are left alone: the cookie proves an earlier login, not the password.
    """
    with session_scope() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise AuthenticationFailed("This account is disabled.")
        record_audit(session=session, actor=_to_current(user), action="login",
                     entity_type="user", entity_id=user.id, details={"via": "cookie"})


def record_logout(actor: CurrentUser) -> None:
    """Note that a user logged out (audited)."""
    with session_scope() as session:
        record_audit(session=session, actor=actor, action="logout", entity_type="user",
                     entity_id=actor.id)


def get_session_user(username: str) -> CurrentUser:
    """The active user behind a session or cookie; AuthenticationFailed if gone or disabled."""
    with session_scope() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise AuthenticationFailed("Your account is disabled or no longer exists.")
        return _to_current(user)


def get_intake_user(username: str | None = None) -> CurrentUser:
    """Whom a batch job (the CLI) acts as: the named active user, else the first active admin."""
    with session_scope() as session:
        stmt = select(User).where(User.active)
        if username:
            stmt = stmt.where(User.username == username.strip().lower())
        else:
            stmt = stmt.where(User.role == "admin").order_by(User.id)
        user = session.scalars(stmt).first()
        if user is None:
            raise NotFound(f"No active user named {username!r}." if username else
                           "There is no active admin to act as; create one or pass --user.")
        return _to_current(user)


def ensure_admin_from_settings() -> str | None:
    """Create the first admin from CLAIMDESK_ADMIN_* settings if that user does not exist yet."""
    settings = get_settings()
    if not settings.admin_username or not settings.admin_password:
        return None
    with session_scope() as session:
        existing = session.scalar(select(User).where(User.username == settings.admin_username))
        if existing is not None:
            return None
        add_user(
            session=session, username=settings.admin_username, name=settings.admin_name,
            email=settings.admin_email or f"{settings.admin_username}@localhost.localdomain",
            password=settings.admin_password, role="admin", actor=None,
        )
    return settings.admin_username
