# The two commands of the README: `make run` and `make test`.
# Each installs what is missing, configures and builds into build/.
BUILD ?= build
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)

.PHONY: all deps build run test clean

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

clean:
	rm -rf $(BUILD)
