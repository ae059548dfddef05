# Two commands matter (README.md): `make demo` and `make test`. Both set up the machine first.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= 2
CMAKE_ARGS ?=
WALKAWAY    = $(BUILD)/bin/walkaway

.PHONY: all setup configure build demo test sanitize bench fuzz netns-test package clean

all: build

setup:
	@scripts/setup

CONFIGURE = cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWALKAWAY_WERROR=ON $(CMAKE_ARGS) >/dev/null

configure: setup
	@$(CONFIGURE)

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled example: a verdict with its reasons, asks and evidence. Builds the
# walkaway command alone (not the tests and benchmarks), its compiler output kept in a log.
demo:
	@scripts/setup demo
	@$(CONFIGURE)
	@echo "make demo: building the walkaway command (a few minutes the first time; log: $(BUILD)/demo-build.log)"
	@cmake --build $(BUILD) -j $(JOBS) --target walkaway > $(BUILD)/demo-build.log 2>&1 || \
	  { cat $(BUILD)/demo-build.log; exit 1; }
	@echo
	@$(WALKAWAY) evaluate examples/demo.toml
	@echo
	@echo "Next:"
	@echo "  $(WALKAWAY) evaluate examples/demo.toml --details   every finding with the sentence behind it"
	@echo "  $(WALKAWAY) compare examples/demo.toml              the three offers side by side"
	@echo "  $(WALKAWAY) draft examples/demo.toml --offer northwind --kind counter   a message to send"
	@echo "  $(WALKAWAY) init my-case.toml                       your own case, by answering questions"
	@echo "  make test                                                  build and run every test"

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: setup
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWALKAWAY_SANITIZE=ON \
	  -DWALKAWAY_WERROR=ON -DWALKAWAY_BUILD_BENCHMARKS=OFF $(CMAKE_ARGS) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

# Google Benchmark figures, the CLI's cold start (see docs/performance.md) and the server under
# wrk (docs/server.md).
bench: build
	@$(BUILD)/bin/walkaway_bench
	@scripts/bench-cold-start $(WALKAWAY)
	@scripts/bench-server $(WALKAWAY)

# Longer fuzzing than CI's minute a target (docs/hardening.md): FUZZ_SECONDS per target,
# FUZZ_TARGETS="case_toml jsonl_line" for some only. Builds in build-fuzz with clang-14. Then the
# RapidCheck properties (the judgement invariants among them) with PROPERTY_CASES cases each and a
# fresh seed, against CTest's 100 with a fixed one (scripts/properties-long).
FUZZ_SECONDS ?= 600
PROPERTY_CASES ?= 10000
fuzz: build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) scripts/fuzz-ci
	@PROPERTY_CASES=$(PROPERTY_CASES) scripts/properties-long $(BUILD)

# The CLI test suite inside a network namespace with loopback only, counting connect() calls.
netns-test: build
	@scripts/netns-test $(BUILD)

# The Debian package (cmake/install.cmake): $(BUILD)/walkaway_<version>_amd64.deb.
package: build
	@cd $(BUILD) && cpack -G DEB > cpack.log 2>&1 || { cat cpack.log; exit 1; }
	@ls $(BUILD)/walkaway_*.deb

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
