# Thin wrapper over CMake. The real build lives in CMakeLists.txt.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD_DIR ?= build
TEST_BUILD_DIR ?= build-test
BENCH_BUILD_DIR ?= build-bench
DEMO_DB ?= $(BUILD_DIR)/demo.db

.PHONY: all deps build demo test bench clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DTALLY_BUILD_TESTS=OFF

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The main job on the bundled examples, with an embedded (SQLite) store made afresh.
demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BUILD_DIR)/tally ingest --db $(DEMO_DB) examples/kazakhstan-2022
	$(BUILD_DIR)/tally report --db $(DEMO_DB)

# Debug build with AddressSanitizer and UBSan; every test through ctest.
test: deps
	cmake -S . -B $(TEST_BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug -DTALLY_SANITIZE=ON \
	  -DTALLY_WERROR=ON -DTALLY_BUILD_TESTS=ON
	cmake --build $(TEST_BUILD_DIR) -j $(JOBS)
	cd $(TEST_BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Release build with the Google Benchmark programs (bench/), run on one core. Reads
# ../shared/corpus/allsides-news-2016-2020.jsonl.gz (or $$TALLY_BENCH_CORPUS); see BENCHMARKS.md.
bench: deps
	cmake -S . -B $(BENCH_BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DTALLY_BUILD_TESTS=OFF \
	  -DTALLY_BUILD_BENCHMARKS=ON
	cmake --build $(BENCH_BUILD_DIR) --target tally_bench -j $(JOBS)
	$(BENCH_BUILD_DIR)/bench/tally_bench

clean:
	rm -rf $(BUILD_DIR) $(TEST_BUILD_DIR) $(BENCH_BUILD_DIR)
