# ClaimDesk: `make run` starts the demo app, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
# Every developer machine and CI has PostgreSQL here; set TEST_DATABASE_URL= to skip those tests.
TEST_DATABASE_URL ?= postgresql+psycopg2://postgres@127.0.0.1:5432/test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-dev chromium redis-server fonts lint clean-data

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

install-dev: $(BIN)/.installed-dev

## Start the app on embedded SQLite (data/claimdesk.db) with demo data, in demo mode, and the
## background-task worker beside it (Huey on data/tasks.db); the worker stops with the app.
run: install
	CLAIMDESK_MODE=demo $(BIN)/python -m core seed-demo
	CLAIMDESK_MODE=demo $(BIN)/python -m core worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	CLAIMDESK_MODE=demo $(BIN)/streamlit run app.py --server.port $(PORT)

## Debian's Chromium for the browser tests (Playwright cannot download its own here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

## Debian's redis-server: the Redis queue's test starts one of its own on a free port.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server; }

## Debian's DejaVu and Liberation fonts: the held-out corpus generators (bench/heldout6, 7) draw
## with them (chromium usually brings them; a machine without chromium may lack them).
fonts:
	@[ -d /usr/share/fonts/truetype/dejavu ] && [ -d /usr/share/fonts/truetype/liberation ] || \
		{ $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -q fonts-dejavu-core fonts-liberation; }

## Install everything the tests need and run the whole suite (SQLite and PostgreSQL).
test: install-dev chromium redis-server fonts
	TEST_DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/python -m pytest -v

lint: install-dev
	$(BIN)/ruff check core pages app.py tests bench
	$(BIN)/mypy

clean-data:
	rm -rf data
