# Folio's entry points. `make run` and `make test` are all a newcomer needs on a fresh Debian machine.
SWIFT        ?= swift
DEBIAN_PKGS  := libncurses-dev libsqlite3-dev tmux
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED       ?= ../shared
RELEASE_BIN  := .build/release/folio

.PHONY: deps build release run test stress bench-parse bench-quotes bench-search bench-tui fuzz fuzz-article fuzz-query clean

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

## release: the Swift runtime and Foundation linked in, which halves a command's start (18 ms to 9 for
## folio --help): a search is a whole process, and the dynamic loader's work was a quarter of a rare word's
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## run: build and open the seed corpus
run: release
	$(RELEASE_BIN) seeds

## test: the whole test suite, as CI runs it
test: build
	$(SWIFT) test

## stress: twenty rounds of kill -9 at random points of an index update, then a normal run
stress: build
	FOLIO_STRESS_ROUNDS=20 $(SWIFT) test --filter anIndexKilledAtRandomPoints

## bench-parse: single-threaded parse throughput over the real corpora and the seeds
bench-parse: release
	.build/release/folio-bench parse seeds $(SHARED)/corpora

## bench-quotes: the parse scored against hand labels (shared/tools/parse-eval): the seeds, the development
## set, the comment pages, and PolNeAR's dev split when POLNEAR_GIT names its git directory; with BASE=REV
## the build of that commit is scored beside this one
QUOTES_DIR   ?= .build/bench-quotes
bench-quotes: release
	@rm -rf $(QUOTES_DIR)/sets && mkdir -p $(QUOTES_DIR)/sets && $(SHARED)/tools/dev-extract $(QUOTES_DIR)/sets/dev >/dev/null
	@[ -z "$(POLNEAR_GIT)" ] || $(SHARED)/tools/polnear-eval extract $(POLNEAR_GIT) dev $(QUOTES_DIR)/sets/polnear >/dev/null
	@if [ -n "$(BASE)" ]; then \
	  rm -rf $(QUOTES_DIR)/base && mkdir -p $(QUOTES_DIR)/base && git archive $(BASE) | tar -x -C $(QUOTES_DIR)/base && \
	  $(SWIFT) build -c release --package-path $(QUOTES_DIR)/base >/dev/null 2>&1; fi
	@for build in $${BASE:+$(QUOTES_DIR)/base/.build/release/folio} $(RELEASE_BIN); do \
	  echo "== $$build $$([ $$build = $(RELEASE_BIN) ] && git describe --always --dirty || echo $(BASE))"; \
	  for set in seeds:seeds.json:seeds dev:dev.json:$(QUOTES_DIR)/sets/dev comments:comments-dev.json:$(SHARED)/comments-dev; do \
	    name=$${set%%:*}; rest=$${set#*:}; gold=$${rest%%:*}; dir=$${rest#*:}; \
	    $$build parse --json $$dir/* > $(QUOTES_DIR)/$$name.jsonl 2>/dev/null; \
	    printf '%-9s' "$$name"; python3 $(SHARED)/tools/parse-eval $(SHARED)/gold/$$gold $(QUOTES_DIR)/$$name.jsonl > $(QUOTES_DIR)/$$name.txt; \
	    echo "$$(tail -1 $(QUOTES_DIR)/$$name.txt | sed 's/^summary: //') $$(grep -o 'captions [^;]*' $(QUOTES_DIR)/$$name.txt)"; \
	  done; \
	  if [ -n "$(POLNEAR_GIT)" ]; then \
	    $$build parse --json $(QUOTES_DIR)/sets/polnear/* > $(QUOTES_DIR)/polnear.jsonl 2>/dev/null; \
	    printf '%-9s' polnear; $(SHARED)/tools/polnear-eval score $(POLNEAR_GIT) dev $(QUOTES_DIR)/polnear.jsonl | tail -1 | sed 's/^polnear dev: //'; \
	  fi; \
	done

## bench-search: index generated corpora of 10^4, 10^5 and 10^6 articles (and of 10^5 files) and time queries beside ripgrep
BENCH_DIR    ?= .build/bench
SEARCH_SIZES ?= 10000 100000 100000-files 1000000
bench-search: release
	@command -v rg >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq ripgrep)
	.build/release/folio-bench search $(BENCH_DIR) seeds,$(SHARED)/corpora $(SEARCH_SIZES)

## bench-tui: opening the first and the last row of a generated CSV and JSON Lines file of
## OPEN_ROWS rows (and reading them whole beside a line count); keystroke-to-screen times of the
## reader on the generated corpus of TUI_SIZE articles (made by bench-search if missing) and on
## one 10 MB article
TUI_SIZE     ?= 1000000
OPEN_ROWS    ?= 100000
bench-tui: release
	.build/release/folio-bench open $(BENCH_DIR) $(OPEN_ROWS) seeds,$(SHARED)/corpora
	@[ -f $(BENCH_DIR)/index-$(TUI_SIZE).sqlite ] || $(MAKE) bench-search SEARCH_SIZES=$(TUI_SIZE)
	.build/release/folio-bench tui $(BENCH_DIR) $(TUI_SIZE) seeds,$(SHARED)/corpora

## fuzz: libFuzzer with AddressSanitizer on the article parser and the query parser, FUZZ_TIME
## seconds each, seeded from the seeds, the corpora and Tests/Fuzz/queries; what it finds lands in
## .build/fuzz/ (crash-*), to be turned into a regression test
FUZZ_TIME    ?= 120
FUZZ_DIR     := .build/fuzz
FUZZ_FLAGS   := -sanitize=fuzzer,address -O -parse-as-library -D FUZZING -use-ld=lld
PARSE_SRC    := $(wildcard Sources/FolioParse/Text/*.swift Sources/FolioParse/Article/*.swift Sources/FolioParse/Quotes/*.swift) \
                Sources/FolioParse/Corpus/SourceDocument.swift Tests/FolioParseTests/Support/ArticleInvariants.swift
fuzz: fuzz-article fuzz-query

$(FUZZ_DIR)/parse-article: $(PARSE_SRC) Tests/Fuzz/ParseArticle.swift
	@mkdir -p $(FUZZ_DIR)
	swiftc $(FUZZ_FLAGS) -module-name FolioParse $^ -o $@

$(FUZZ_DIR)/parse-query: $(wildcard Sources/FolioIndex/Query/*.swift) Tests/Fuzz/ParseQuery.swift | build
	@mkdir -p $(FUZZ_DIR)
	swiftc $(FUZZ_FLAGS) -module-name FolioIndex -I .build/checkouts/GRDB.swift/Sources/GRDBSQLite $^ -o $@

fuzz-article: export SWIFT_BACKTRACE = enable=no
fuzz-article: $(FUZZ_DIR)/parse-article
	@mkdir -p $(FUZZ_DIR)/corpus-article
	$< -max_total_time=$(FUZZ_TIME) -max_len=16384 -timeout=10 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_DIR)/ -dict=Tests/Fuzz/article.dict \
	  $(FUZZ_DIR)/corpus-article seeds $(wildcard $(SHARED)/corpora/horne2017) Tests/Fuzz/found-article

fuzz-query: export SWIFT_BACKTRACE = enable=no
fuzz-query: $(FUZZ_DIR)/parse-query
	@mkdir -p $(FUZZ_DIR)/corpus-query
	$< -max_total_time=$(FUZZ_TIME) -max_len=256 -timeout=10 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_DIR)/ -dict=Tests/Fuzz/query.dict \
	  $(FUZZ_DIR)/corpus-query Tests/Fuzz/queries Tests/Fuzz/found-query

clean:
	rm -rf .build
