"""Which queue the settings give, and the worker command's refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.__main__ import main
from core.config import load_settings
from core.errors import ConfigError
from core.tasks.queue import get_huey, make_huey


def test_the_broker_setting_picks_the_queue(tmp_path: Path):
    assert type(make_huey("", name="q", data_dir=tmp_path)).__name__ == "SqliteHuey"
    assert (tmp_path / "tasks.db").is_file()  # in the data folder, beside claimdesk.db
    redis_huey = make_huey("redis://127.0.0.1:6379/3", name="q", data_dir=tmp_path)
    assert type(redis_huey).__name__ == "RedisHuey"
    inline = make_huey("immediate", name="q", data_dir=tmp_path)
    assert inline.immediate


def test_the_registered_jobs_are_the_three_kinds():
    names = {name.rsplit(".", 1)[-1] for name in get_huey()._registry._registry}
    assert names == {"retrain", "intake_batch", "campaign_run"}


def test_the_settings_refuse_an_unknown_broker(tmp_path: Path):
    no_file = tmp_path / "none.toml"
    assert load_settings(environ={}, secrets_file=no_file).task_broker == ""
    assert load_settings(environ={"CLAIMDESK_TASK_BROKER": "redis://r:6379/1"},
                         secrets_file=no_file).task_broker == "redis://r:6379/1"
    with pytest.raises(ConfigError, match="CLAIMDESK_TASK_BROKER"):
        load_settings(environ={"CLAIMDESK_TASK_BROKER": "amqp://rabbit"}, secrets_file=no_file)
    with pytest.raises(ConfigError, match="task_stale_seconds"):
        load_settings(environ={"CLAIMDESK_TASK_STALE_SECONDS": "2"}, secrets_file=no_file)


def test_the_worker_has_nothing_to_do_when_tasks_run_inline(capsys):
    assert main(["worker"]) == 2  # the test suite's broker is `immediate`
    assert "runs tasks inline" in capsys.readouterr().err
