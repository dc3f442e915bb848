# Quick start (README): `make report` builds the example site into _site/, `make test` runs the tests.
# Each installs libcmark-dev (Debian) first when pkg-config cannot find libcmark.

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE ?= examples/maison-lune
SITE ?= _site

.PHONY: report test deps release clean

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

clean:
	rm -rf .build $(SITE)
