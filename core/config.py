"""One settings object, read once from the environment and `.streamlit/secrets.toml`.

The environment wins over the secrets file. Outside demo mode the login cookie key must be
set and must not be a placeholder: the web app refuses to start rather than use a default
(`require_cookie_key`). Command-line tools, which log nobody in, do not need it.
"""

from __future__ import annotations

import os
import re
import secrets
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from core.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SECRETS_FILE = PROJECT_ROOT / ".streamlit" / "secrets.toml"
MODES = ("demo", "development", "production")
PLACEHOLDER_KEYS = {"", "change-me", "changeme", "secret", "some_key", "your-secret-key", "xxx"}
MIN_COOKIE_KEY_LENGTH = 32
# Settings also read from their bare environment name (LiveKit's own tools use these names).
BARE_ENV_NAMES = {"database_url", "livekit_url", "livekit_api_key", "livekit_api_secret",
                  "sip_outbound_trunk_id", "livekit_agent_name", "sip_caller_number"}
LIVEKIT_REQUIRED = ("livekit_url", "livekit_api_key", "livekit_api_secret",
                    "sip_outbound_trunk_id")
E164 = re.compile(r"\+[1-9]\d{6,14}")


@dataclass(frozen=True)
class Settings:
    """Validated application settings."""

    mode: str = "production"
    data_dir: Path = PROJECT_ROOT / "data"
    database_url: str = ""
    cookie_key: str = field(default="", repr=False)
    cookie_key_problem: str = field(default="", repr=False)
    cookie_name: str = "claimdesk_auth"
    cookie_expiry_days: float = 1.0
    max_login_attempts: int = 5
    lockout_minutes: int = 15
    page_size: int = 25
    bcrypt_rounds: int = 12
    max_document_pages: int = 20
    max_upload_mb: int = 50
    ocr_engine: str = "rapidocr"  # rapidocr | easyocr | none
    easyocr_model_dir: str = ""
    field_chooser: str = "hand"  # hand | learnt: how the extractor picks among field candidates
    admin_username: str = ""
    admin_password: str = field(default="", repr=False)
    admin_email: str = ""
    admin_name: str = "Administrator"
    risk_medium: float = 0.3  # fraud probability from which a claim is medium risk
    risk_high: float = 0.6  # ... and high risk
    models_dir: Path = PROJECT_ROOT / "ml_models"  # where new model versions are written
    call_concurrency: int = 5  # campaign calls in flight at once (carriers cap this)
    calls_per_second: float = 2.0  # campaign calls started per second
    livekit_url: str = ""  # wss://<project>.livekit.cloud; empty: calls run in simulation
    livekit_api_key: str = field(default="", repr=False)
    livekit_api_secret: str = field(default="", repr=False)
    sip_outbound_trunk_id: str = ""  # ST_...
    livekit_agent_name: str = "claimdesk-agent"  # the voice agent dispatched into each call
    sip_caller_number: str = ""  # E.164 number the customer sees
    task_broker: str = ""  # empty: SqliteHuey in data/tasks.db; redis://host:port/db; immediate
    task_queue: str = "claimdesk"  # the Huey queue name (workers of one desk share it)
    task_stale_seconds: int = 120  # a running task without a heartbeat this long has stopped

    @property
    def is_demo(self) -> bool:
        return self.mode == "demo"

    @property
    def livekit_configured(self) -> bool:
        """True when real calls can be placed (URL, key, secret and outbound trunk are set)."""
        return all(getattr(self, name) for name in LIVEKIT_REQUIRED)

    def require_cookie_key(self) -> str:
        """The login cookie key; ConfigError when it is missing or unsafe (web start-up)."""
        if self.cookie_key_problem:
            raise ConfigError(self.cookie_key_problem)
        return self.cookie_key

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _read_secrets_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    return {str(k).lower(): v for k, v in data.items() if not isinstance(v, dict)}


def load_settings(
    environ: dict[str, str] | None = None, secrets_file: Path | None = None
) -> Settings:
    """Read and validate settings; raise ConfigError when they are unsafe or malformed."""
    env = os.environ if environ is None else environ
    file_values = _read_secrets_file(SECRETS_FILE if secrets_file is None else secrets_file)

    def get(name: str, default: str = "") -> str:
        value = env.get(f"CLAIMDESK_{name.upper()}")
        if value is None and name in BARE_ENV_NAMES:
            value = env.get(name.upper())
        if value is None:
            value = file_values.get(name)
        return default if value is None else str(value)

    mode = get("mode", "production").strip().lower()
    if mode not in MODES:
        raise ConfigError(f"CLAIMDESK_MODE must be one of {', '.join(MODES)}, not {mode!r}")
    data_dir = Path(get("data_dir", str(PROJECT_ROOT / "data"))).expanduser()
    database_url = get("database_url") or f"sqlite:///{data_dir / 'claimdesk.db'}"

    cookie_key, cookie_key_problem = get("cookie_key"), ""
    if cookie_key.strip().lower() in PLACEHOLDER_KEYS or len(cookie_key) < MIN_COOKIE_KEY_LENGTH:
        if mode == "demo":
            # Demo mode: a fresh random key per process, never a constant.
            cookie_key = secrets.token_urlsafe(48)
        else:
            cookie_key, cookie_key_problem = "", (
                "Set CLAIMDESK_COOKIE_KEY (or cookie_key in .streamlit/secrets.toml) to a random "
                f"string of at least {MIN_COOKIE_KEY_LENGTH} characters; outside demo mode "
                "ClaimDesk will not start without one."
            )

    try:
        settings = Settings(
            mode=mode,
            data_dir=data_dir,
            database_url=database_url,
            cookie_key=cookie_key,
            cookie_key_problem=cookie_key_problem,
            cookie_name=get("cookie_name", "claimdesk_auth"),
            cookie_expiry_days=float(get("cookie_expiry_days", "1")),
            max_login_attempts=int(get("max_login_attempts", "5")),
            lockout_minutes=int(get("lockout_minutes", "15")),
            page_size=int(get("page_size", "25")),
            bcrypt_rounds=int(get("bcrypt_rounds", "12")),
            max_document_pages=int(get("max_document_pages", "20")),
            max_upload_mb=int(get("max_upload_mb", "50")),
            ocr_engine=get("ocr_engine", "rapidocr").strip().lower(),
            easyocr_model_dir=get("easyocr_model_dir"),
            field_chooser=get("field_chooser", "hand").strip().lower(),
            admin_username=get("admin_username"),
            admin_password=get("admin_password"),
            admin_email=get("admin_email"),
            admin_name=get("admin_name", "Administrator"),
            risk_medium=float(get("risk_medium", "0.3")),
            risk_high=float(get("risk_high", "0.6")),
            models_dir=Path(get("models_dir", str(PROJECT_ROOT / "ml_models"))).expanduser(),
            call_concurrency=int(get("call_concurrency", "5")),
            calls_per_second=float(get("calls_per_second", "2.0")),
            livekit_url=get("livekit_url").strip(),
            livekit_api_key=get("livekit_api_key").strip(),
            livekit_api_secret=get("livekit_api_secret").strip(),
            sip_outbound_trunk_id=get("sip_outbound_trunk_id").strip(),
            livekit_agent_name=get("livekit_agent_name", "claimdesk-agent").strip(),
            sip_caller_number=get("sip_caller_number").strip(),
            task_broker=get("task_broker").strip(),
            task_queue=get("task_queue", "claimdesk").strip() or "claimdesk",
            task_stale_seconds=int(get("task_stale_seconds", "120")),
        )
    except ValueError as exc:
        raise ConfigError(f"A numeric setting is malformed: {exc}") from exc
    if settings.ocr_engine not in ("rapidocr", "easyocr", "none"):
        raise ConfigError("ocr_engine must be rapidocr, easyocr or none")
    if settings.field_chooser not in ("hand", "learnt"):
        raise ConfigError("field_chooser must be hand or learnt")
    if not 0 < settings.risk_medium < settings.risk_high < 1:
        raise ConfigError("risk thresholds must satisfy 0 < risk_medium < risk_high < 1")
    if settings.call_concurrency < 1 or settings.calls_per_second <= 0:
        raise ConfigError("call_concurrency must be at least 1 and calls_per_second above 0")
    if settings.max_login_attempts < 1:
        raise ConfigError("max_login_attempts must be at least 1")
    _check_livekit(settings)
    broker = settings.task_broker
    if broker and broker != "immediate" and urlparse(broker).scheme not in ("redis", "rediss"):
        raise ConfigError("CLAIMDESK_TASK_BROKER must be empty (SQLite), 'immediate' or a "
                          "redis://host:port/db URL")
    if settings.task_stale_seconds < 10:
        raise ConfigError("task_stale_seconds must be at least 10")
    return settings


def _check_livekit(settings: Settings) -> None:
    """LiveKit settings are all set or all empty, and well formed; never echoes a secret."""
    given = [name for name in LIVEKIT_REQUIRED if getattr(settings, name)]
    if given and len(given) < len(LIVEKIT_REQUIRED):
        missing = ", ".join(n.upper() for n in LIVEKIT_REQUIRED if n not in given)
        raise ConfigError(f"LiveKit is partly configured: set {missing} as well, or none of "
                          "the LiveKit settings to run calls in simulation")
    url = settings.livekit_url
    if url and urlparse(url).scheme not in ("ws", "wss", "http", "https"):
        raise ConfigError("LIVEKIT_URL must start with wss://, ws://, https:// or http://")
    if settings.sip_outbound_trunk_id and not settings.sip_outbound_trunk_id.startswith("ST_"):
        raise ConfigError("SIP_OUTBOUND_TRUNK_ID must be an outbound trunk id starting with ST_")
    if settings.sip_caller_number and not E164.fullmatch(settings.sip_caller_number):
        raise ConfigError("SIP_CALLER_NUMBER must be an E.164 number such as +15550100100")
    if settings.livekit_configured and not settings.livekit_agent_name:
        raise ConfigError("LIVEKIT_AGENT_NAME must not be empty")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()


def reset_settings() -> None:
    """Forget the cached settings (tests and the CLI use this after changing the environment)."""
    get_settings.cache_clear()
