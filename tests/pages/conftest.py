"""Page tests: the whole app under AppTest, on a copy of a SQLite database seeded with demo data.

The demo data set is seeded once per run into a template file; each test gets its own copy,
so a test may change anything without the next one noticing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from core import db as core_db
from core.auth.schemas import CurrentUser
from core.auth.service import list_users
from core.demo import DEMO_USERS, seed_demo

APP = Path(__file__).resolve().parents[2] / "app.py"
SEED_DAY = date(2026, 11, 23)
PASSWORDS = {username: password for username, _name, _role, password in DEMO_USERS}
NAMES = {username: name for username, name, _role, _password in DEMO_USERS}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, _test_settings: Path) -> Path:
    """A migrated SQLite file holding the demo data set built around SEED_DAY."""
    path = tmp_path_factory.mktemp("demo") / "template.db"
    engine = core_db.make_engine(f"sqlite:///{path}")
    core_db.upgrade_database(engine)
    core_db.bind_session_factory(engine)
    try:
        seed_demo(today=SEED_DAY)
    finally:
        core_db.reset_engine()  # disposes the engine, which checkpoints the WAL into the file
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Engine]:
    """Core bound to this test's own copy of the demo database."""
    copy = tmp_path / "claimdesk.db"
    shutil.copyfile(demo_template, copy)
    engine = core_db.make_engine(f"sqlite:///{copy}")
    core_db.bind_session_factory(engine)
    yield engine
    core_db.reset_engine()


@pytest.fixture(autouse=True)
def _app_py_runs_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every AppTest run go through app.py, as every rerun on the real server does.

    Because the folder is called pages/, Streamlit starts in its old pages-directory mode; the
    server leaves it for good once app.py calls st.navigation. AppTest goes back into it before
    each run and would then run a page file directly, skipping app.py and its login gate.
    """
    init = PagesManager.__init__

    def init_after_navigation(self: PagesManager, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init_after_navigation)


@pytest.fixture
def app(demo_db: Engine) -> AppTest:
    """The app, not yet run, on this test's database."""
    return AppTest.from_file(str(APP), default_timeout=30)


def log_in(at: AppTest, username: str, page: str | None = None) -> AppTest:
    """Run the app as `username`, already logged in (as after a login), then open `page`."""
    at.session_state["authentication_status"] = True
    at.session_state["username"] = username
    at.session_state["name"] = NAMES.get(username, username)
    at.run()
    if page is not None:
        at.switch_page(page).run()
    return at


def submit_login(at: AppTest, username: str, password: str) -> AppTest:
    """Fill in and submit the login form."""
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    return at.button[0].click().run()


def demo_user(username: str) -> CurrentUser:
    """A user as the actor core services expect, looked up through core."""
    # list_users checks only the role, so a stand-in admin may look the real users up.
    lookup = CurrentUser(id=0, username="pages-tests", name="Page tests", role="admin")
    user = next(u for u in list_users(actor=lookup, page_size=100).items if u.username == username)
    return CurrentUser(id=user.id, username=user.username, name=user.name, role=user.role)


def run_page_directly(page: str, username: str) -> AppTest:
    """Run one page file on its own (not through app.py) as `username`: the page's own guard."""
    at = AppTest.from_file(str(APP.parent / page), default_timeout=30)
    at.session_state["current_user"] = demo_user(username)
    return at.run()


def texts(elements: object) -> list[str]:
    """The text of every element in an AppTest element list (errors, successes, captions...)."""
    return [str(e.value) for e in elements]  # type: ignore[attr-defined]


def widget(block: Any, label: str) -> Any:
    """The input labelled `label` inside a block (a form, the main area or the whole app)."""
    for kind in ("text_input", "text_area", "selectbox", "date_input", "time_input",
                 "checkbox", "number_input"):
        for found in getattr(block, kind):
            if found.label == label:
                return found
    raise LookupError(f"no input labelled {label!r}")


def fill(form: Any, values: dict[str, Any]) -> None:
    """Type each value into the input of that label in `form`, or choose it in a select box."""
    for label, value in values.items():
        field = widget(form, label)
        if hasattr(field, "input"):
            field.input(value)
        else:
            field.set_value(value)


def table(at: AppTest) -> Any:
    """The (first) table on the page, as a pandas DataFrame."""
    assert at.dataframe, "no table on the page"
    return at.dataframe[0].value
