# Two commands do everything on a fresh Debian machine: `make video` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
# what pycairo and manimpango build against, the offline voices, and sox for audio checks
APT_PACKAGES := libcairo2-dev libpango1.0-dev pkg-config fonts-dejavu-core festival festvox-us-slt-hts espeak-ng sox
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup video test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e ".[test]"
	touch $@

video: setup
	$(PY) render.py video --quality low

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) bench/train_speed.py

clean:
	rm -rf out media $(VENV)
