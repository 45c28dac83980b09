# Folio's entry points. `make run` and `make test` are all a newcomer needs on a fresh Debian machine.
SWIFT        ?= swift
DEBIAN_PKGS  := libncurses-dev libsqlite3-dev tmux
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED       ?= ../shared
RELEASE_BIN  := .build/release/folio

.PHONY: deps build release run test bench-parse bench-search bench-tui clean

## deps: install the Debian packages Folio builds against, only those missing
deps:
	@missing=""; for p in $(DEBIAN_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## run: build and open the seed corpus
run: release
	$(RELEASE_BIN) seeds

## test: the whole test suite, as CI runs it
test: build
	$(SWIFT) test

## bench-parse: single-threaded parse throughput over the real corpora and the seeds
bench-parse: release
	.build/release/folio-bench parse seeds $(SHARED)/corpora

## bench-search: index generated corpora of 10^4, 10^5 and 10^6 articles and time queries beside ripgrep
BENCH_DIR    ?= .build/bench
SEARCH_SIZES ?= 10000 100000 1000000
bench-search: release
	@command -v rg >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq ripgrep)
	.build/release/folio-bench search $(BENCH_DIR) seeds,$(SHARED)/corpora $(SEARCH_SIZES)

## bench-tui: keystroke-to-screen times of the reader on the generated corpus of TUI_SIZE articles
## (made by bench-search if missing) and on one 10 MB article
TUI_SIZE     ?= 1000000
bench-tui: release
	@[ -f $(BENCH_DIR)/index-$(TUI_SIZE).sqlite ] || $(MAKE) bench-search SEARCH_SIZES=$(TUI_SIZE)
	.build/release/folio-bench tui $(BENCH_DIR) $(TUI_SIZE) seeds,$(SHARED)/corpora

clean:
	rm -rf .build
