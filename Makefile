# Quick start (README): `make report` builds the example site into _site/, `make test` runs the tests.
# Each installs libcmark-dev (Debian) first when pkg-config cannot find libcmark.

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE ?= examples/maison-lune
SITE ?= _site

.PHONY: report test deps release clean browser-check

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "installing libcmark-dev and pkg-config (apt-get)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; \
	fi

release: deps
	swift build -c release --product report

report: release
	.build/release/report build $(EXAMPLE) --output $(SITE)
	@echo "open $(SITE)/index.html"

test: deps
	swift test

# Opens every page of the built example in headless Chromium (console errors, outside
# requests, sideways scroll at 390 px, chart titles, links, A4 print); shots in $(SITE)-shots.
browser-check: report
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! /usr/bin/python3 -c "import selenium" 2>/dev/null; then \
		echo "installing chromium, chromium-driver and python3-selenium (apt-get)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver python3-selenium; \
	fi
	/usr/bin/python3 scripts/browser-check.py $(SITE) $(SITE)-shots

clean:
	rm -rf .build $(SITE) $(SITE)-shots
