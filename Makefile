# The two commands of the README: `make run` and `make test`.
# Each installs what is missing, configures and builds into build/.
BUILD ?= build
SANITIZE_BUILD ?= build-asan
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 60

.PHONY: all deps build run test test-sanitize fuzz-smoke package clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@echo '$$ dla check'
	@$(BUILD)/dla -C . check
	@echo
	@echo '$$ dla show (newest minutes)'
	@$(BUILD)/dla -C . show
	@echo
	@echo '$$ dla actions --status all'
	@$(BUILD)/dla -C . actions --status all
	@echo
	@echo '$$ dla calendar --all'
	@$(BUILD)/dla -C . calendar --all

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same tests on a build with AddressSanitizer and UndefinedBehaviorSanitizer
# (docs/robustness.md), in its own folder. Instrumented code runs about three times
# slower: the hostile suite's bound per command goes from 20 s to 60 s there (the
# release run of `make test` is the one that catches what is quadratic).
test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DDLA_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && HOSTILE_TIMEOUT=60 ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target for FUZZ_SECONDS (clang, build-fuzz/; scripts/fuzz for longer runs).
fuzz-smoke: deps
	scripts/fuzz note $(FUZZ_SECONDS)
	scripts/fuzz date $(FUZZ_SECONDS)

# The Debian package, build/dla_<version>_<arch>.deb (CPack; docs/install.md).
package: build
	cmake --build $(BUILD) --target package

clean:
	rm -rf $(BUILD)
