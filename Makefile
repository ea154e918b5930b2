# Two commands on a fresh machine: `make demo` and `make test`. Each builds what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install compile browser clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	$(BIN)/koebner compile --optional
	touch $(STAMP)

# the optional compiled modules again, after editing pipeline/nlp (an edited module runs as Python)
compile: $(STAMP)
	$(BIN)/koebner compile

demo: $(STAMP)
	$(BIN)/koebner run examples/notes.csv --demographics examples/demographics.csv --out runs/demo --overwrite

test: $(STAMP)
	bash scripts/setup-browser.sh
	bash scripts/setup-postgres.sh
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) runs build *.egg-info pipeline/nlp/_compiled
