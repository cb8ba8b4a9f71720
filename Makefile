# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NG := $(VENV)/bin/newsgraph
DEMO_DB ?= demo.db

.PHONY: venv demo test bench benchmarks clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(NG) ingest examples --db $(DEMO_DB)
	$(NG) articles --db $(DEMO_DB)
	$(NG) export --db $(DEMO_DB) --format jsonl > demo-export.jsonl
	@echo "exported $$(wc -l < demo-export.jsonl) objects to demo-export.jsonl"

test: venv
	$(PY) -m pytest -q

benchmarks: venv
	$(PY) bench/write_benchmarks.py

clean:
	rm -rf $(VENV) $(DEMO_DB) demo-export.jsonl .pytest_cache
