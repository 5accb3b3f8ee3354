# Two commands do everything on a fresh Debian machine: `make video` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
# what pycairo and manimpango build against, the subtitle font, the offline voices, sox
APT_PACKAGES := libcairo2-dev libpango1.0-dev pkg-config fonts-dejavu-core festival festvox-us-slt-hts espeak-ng sox
# the blog kit's page is tested in real browsers: Chromium and Firefox
TEST_APT_PACKAGES := chromium firefox-esr
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# apt-get only the packages of $(1) that are missing, so a done set-up stays quick
apt_install = missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

.PHONY: setup setup-test video test bench mutation clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(call apt_install,$(APT_PACKAGES))
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e ".[test,voice]"
	touch $@

setup-test: setup
	@$(call apt_install,$(TEST_APT_PACKAGES))

video: setup
	$(PY) render.py video --quality low

# one test process per core (pytest-xdist); a test file's tests stay in one process, and the
# processes share the trained stories and tiny renders (tests/conftest.py)
test: setup-test
	$(PY) -m pytest -n auto --dist loadfile

bench: setup
	$(PY) bench/train_speed.py
	$(PY) bench/render_speed.py

# mutation testing (mutmut) over nncore/ and the output stage's pure parts; not part of `make test`:
# it takes long on a busy machine (docs/testing.md has the last run's scores and time)
mutation: setup-test
	$(VENV)/bin/pip install -q -e ".[mutation]"
	$(PY) bench/mutation.py

clean:
	rm -rf out $(VENV)
