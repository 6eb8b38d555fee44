"""Settings: refuse unsafe cookie keys outside demo mode, precedence of env over secrets file."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from core.config import MIN_COOKIE_KEY_LENGTH, PLACEHOLDER_KEYS, load_settings
from core.errors import ConfigError

GOOD_KEY = secrets.token_urlsafe(48)


@pytest.fixture
def no_file(tmp_path: Path) -> Path:
    """A secrets file that does not exist, so only the given environment counts."""
    return tmp_path / "absent.toml"


def write_secrets(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "secrets.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("mode", ["production", "development"])
def test_missing_cookie_key_is_refused_outside_demo(mode, no_file):
    with pytest.raises(ConfigError, match="CLAIMDESK_COOKIE_KEY"):
        load_settings(environ={"CLAIMDESK_MODE": mode}, secrets_file=no_file).require_cookie_key()


def test_command_line_tools_load_settings_without_a_cookie_key(no_file):
    settings = load_settings(environ={"CLAIMDESK_MODE": "production"}, secrets_file=no_file)
    assert settings.cookie_key == ""  # never a default key, and the web app refuses to start


def test_mode_defaults_to_production_and_then_needs_a_key(no_file):
    with pytest.raises(ConfigError, match="CLAIMDESK_COOKIE_KEY"):
        load_settings(environ={}, secrets_file=no_file).require_cookie_key()
    assert load_settings(environ={"CLAIMDESK_COOKIE_KEY": GOOD_KEY},
                         secrets_file=no_file).mode == "production"


def test_short_cookie_key_is_refused_but_the_minimum_length_is_accepted(no_file):
    short = "k" * (MIN_COOKIE_KEY_LENGTH - 1)
    with pytest.raises(ConfigError):
        load_settings(environ={"CLAIMDESK_MODE": "production", "CLAIMDESK_COOKIE_KEY": short},
                      secrets_file=no_file).require_cookie_key()
    exact = "k" * MIN_COOKIE_KEY_LENGTH
    settings = load_settings(
        environ={"CLAIMDESK_MODE": "production", "CLAIMDESK_COOKIE_KEY": exact},
        secrets_file=no_file,
    )
    assert settings.cookie_key == exact


@pytest.mark.parametrize("placeholder", sorted(PLACEHOLDER_KEYS | {"CHANGE-ME", "  secret  "}))
def test_placeholder_cookie_key_is_refused(placeholder, no_file):
    with pytest.raises(ConfigError):
        load_settings(environ={"CLAIMDESK_MODE": "production",
                               "CLAIMDESK_COOKIE_KEY": placeholder},
                      secrets_file=no_file).require_cookie_key()


def test_placeholder_in_secrets_file_is_refused(tmp_path):
    path = write_secrets(tmp_path, 'mode = "production"\ncookie_key = "change-me"\n')
    with pytest.raises(ConfigError):
        load_settings(environ={}, secrets_file=path).require_cookie_key()


def test_demo_mode_generates_a_fresh_random_key(no_file):
    first = load_settings(environ={"CLAIMDESK_MODE": "demo"}, secrets_file=no_file)
    second = load_settings(environ={"CLAIMDESK_MODE": "demo"}, secrets_file=no_file)
    assert first.is_demo
    assert len(first.cookie_key) >= MIN_COOKIE_KEY_LENGTH
    assert len(second.cookie_key) >= MIN_COOKIE_KEY_LENGTH
    assert first.cookie_key != second.cookie_key
    assert first.cookie_key not in PLACEHOLDER_KEYS


def test_demo_mode_replaces_a_placeholder_key_but_keeps_a_good_one(no_file):
    replaced = load_settings(environ={"CLAIMDESK_MODE": "demo", "CLAIMDESK_COOKIE_KEY": "secret"},
                             secrets_file=no_file)
    assert replaced.cookie_key != "secret"
    assert len(replaced.cookie_key) >= MIN_COOKIE_KEY_LENGTH
    kept = load_settings(environ={"CLAIMDESK_MODE": "demo", "CLAIMDESK_COOKIE_KEY": GOOD_KEY},
                         secrets_file=no_file)
    assert kept.cookie_key == GOOD_KEY


def test_environment_overrides_the_secrets_file(tmp_path):
    file_key, env_key = secrets.token_urlsafe(40), secrets.token_urlsafe(40)
    path = write_secrets(
        tmp_path,
        f'mode = "development"\ncookie_key = "{file_key}"\npage_size = 10\n'
        'max_login_attempts = 3\n',
    )
    from_file = load_settings(environ={}, secrets_file=path)
    assert (from_file.mode, from_file.cookie_key, from_file.page_size) == (
        "development", file_key, 10)

    mixed = load_settings(
        environ={"CLAIMDESK_COOKIE_KEY": env_key, "CLAIMDESK_MAX_LOGIN_ATTEMPTS": "7"},
        secrets_file=path,
    )
    assert mixed.cookie_key == env_key
    assert mixed.max_login_attempts == 7
    # What the environment does not set still comes from the file.
    assert (mixed.mode, mixed.page_size) == ("development", 10)


@pytest.mark.parametrize("mode", ["staging", "prod", ""])
def test_unknown_mode_is_refused(mode, no_file):
    with pytest.raises(ConfigError, match="CLAIMDESK_MODE"):
        load_settings(environ={"CLAIMDESK_MODE": mode, "CLAIMDESK_COOKIE_KEY": GOOD_KEY},
                      secrets_file=no_file)


def test_mode_is_read_case_insensitively(no_file):
    settings = load_settings(environ={"CLAIMDESK_MODE": " Demo "}, secrets_file=no_file)
    assert settings.mode == "demo"


def test_database_url_comes_from_database_url(no_file):
    url = "postgresql+psycopg2://claims@db.internal:5432/claimdesk"
    settings = load_settings(
        environ={"CLAIMDESK_MODE": "demo", "DATABASE_URL": url}, secrets_file=no_file)
    assert settings.database_url == url
    assert not settings.is_sqlite


def test_claimdesk_database_url_wins_over_database_url(no_file):
    settings = load_settings(
        environ={"CLAIMDESK_MODE": "demo", "DATABASE_URL": "postgresql://a/one",
                 "CLAIMDESK_DATABASE_URL": "postgresql://b/two"},
        secrets_file=no_file,
    )
    assert settings.database_url == "postgresql://b/two"


def test_without_a_database_url_sqlite_lives_in_the_data_dir(tmp_path, no_file):
    settings = load_settings(
        environ={"CLAIMDESK_MODE": "demo", "CLAIMDESK_DATA_DIR": str(tmp_path / "d")},
        secrets_file=no_file,
    )
    assert settings.is_sqlite
    assert settings.database_url == f"sqlite:///{tmp_path / 'd' / 'claimdesk.db'}"


@pytest.mark.parametrize(
    ("name", "value"),
    [("CLAIMDESK_PAGE_SIZE", "ten"), ("CLAIMDESK_COOKIE_EXPIRY_DAYS", "x"),
     ("CLAIMDESK_MAX_LOGIN_ATTEMPTS", "0")],
)
def test_malformed_numbers_are_refused(name, value, no_file):
    with pytest.raises(ConfigError):
        load_settings(environ={"CLAIMDESK_MODE": "demo", name: value}, secrets_file=no_file)


def test_invalid_toml_secrets_file_is_refused(tmp_path):
    path = write_secrets(tmp_path, "cookie_key = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(environ={"CLAIMDESK_MODE": "demo"}, secrets_file=path)


def test_secrets_never_show_in_repr(no_file):
    settings = load_settings(
        environ={"CLAIMDESK_COOKIE_KEY": GOOD_KEY, "CLAIMDESK_ADMIN_PASSWORD": "hunter2-hunter2"},
        secrets_file=no_file,
    )
    assert GOOD_KEY not in repr(settings)
    assert "hunter2-hunter2" not in repr(settings)
