"""LiveKit settings: read from bare, prefixed and secrets-file names; checked when set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import load_settings
from core.errors import ConfigError

FULL = {"LIVEKIT_URL": "wss://acme.livekit.cloud", "LIVEKIT_API_KEY": "APIabc",
        "LIVEKIT_API_SECRET": "very-secret-value", "SIP_OUTBOUND_TRUNK_ID": "ST_abc123"}


def load(env: dict[str, str], tmp_path: Path, file_text: str = ""):
    path = tmp_path / "secrets.toml"
    if file_text:
        path.write_text(file_text)
    return load_settings(environ={"CLAIMDESK_MODE": "demo", **env}, secrets_file=path)


def test_without_livekit_settings_calls_are_simulated(tmp_path):
    settings = load({}, tmp_path)
    assert not settings.livekit_configured
    assert settings.livekit_agent_name == "claimdesk-agent"


def test_bare_environment_names_configure_livekit_and_the_secret_stays_out_of_repr(tmp_path):
    settings = load({**FULL, "SIP_CALLER_NUMBER": "+442071838750"}, tmp_path)
    assert settings.livekit_configured and settings.sip_caller_number == "+442071838750"
    assert "very-secret-value" not in repr(settings) and "APIabc" not in repr(settings)


def test_prefixed_names_win_and_the_secrets_file_uses_lower_case_keys(tmp_path):
    file_text = ('livekit_url = "wss://file.livekit.cloud"\nlivekit_api_key = "APIfile"\n'
                 'livekit_api_secret = "file-secret"\nsip_outbound_trunk_id = "ST_file"\n'
                 'livekit_agent_name = "renewals"\n')
    settings = load({"CLAIMDESK_SIP_OUTBOUND_TRUNK_ID": "ST_env"}, tmp_path, file_text)
    assert settings.livekit_url == "wss://file.livekit.cloud"
    assert (settings.sip_outbound_trunk_id, settings.livekit_agent_name) == ("ST_env", "renewals")


@pytest.mark.parametrize("env, message", [
    ({**FULL, "SIP_OUTBOUND_TRUNK_ID": "TR_abc"}, "start.* ST_"),
    ({**FULL, "SIP_CALLER_NUMBER": "020 7183 8750"}, "E.164"),
    ({**FULL, "LIVEKIT_URL": "acme.livekit.cloud"}, "wss://"),
    ({"LIVEKIT_URL": "wss://acme.livekit.cloud"}, "partly configured"),
])
def test_malformed_livekit_settings_are_refused_without_echoing_the_secret(env, message,
                                                                          tmp_path):
    with pytest.raises(ConfigError, match=message) as caught:
        load(env, tmp_path)
    assert "very-secret-value" not in str(caught.value)
