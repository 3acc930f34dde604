# Two entry points: `make build` (install into .venv, build package and site) and `make test`.
PY := .venv/bin/python
VENV_STAMP := .venv/.installed

.PHONY: build test lint install package site clean

$(VENV_STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV_STAMP)

install: $(VENV_STAMP)

package: install
	$(PY) -m generator all

# SITE_ARGS=--deploy: a build for publishing (needs site_url or $$DEAN06_SITE_URL).
SITE_ARGS ?=

site: package
	$(PY) -m generator site $(SITE_ARGS)
	$(PY) -m generator build

build: site

test: install
	$(PY) -m pytest -q

lint: install
	$(PY) -m ruff check generator tests benchmarks tools

clean:
	rm -rf build site
