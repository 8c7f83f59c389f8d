# Thin wrapper over CMake/CTest/CPack so that a fresh Debian 12 machine needs
# two commands: `make run` and `make test`. Everything real is in CMakeLists.txt.
#   make deps      install the Debian packages (installer/install-deps.sh, sudo if not root)
#   make build     deps + configure (Ninja) + build everything
#   make run       deps + configure + build the application, then start it
#   make test      build everything, run the whole suite offscreen
#   make package   build the application, make the Debian package in $(BUILD_DIR)
#   make clean     remove $(BUILD_DIR)
BUILD_DIR ?= build
JOBS ?= 2
CMAKE_ARGS ?=
APP := $(BUILD_DIR)/app/suivi-ouvertures

.PHONY: all deps configure build run test package clean

all: build

deps:
	bash installer/install-deps.sh

# A folder configured before keeps its generator; a new one uses Ninja.
configure: deps
	@if [ -f "$(BUILD_DIR)/CMakeCache.txt" ]; then \
	    cmake -S . -B "$(BUILD_DIR)" $(CMAKE_ARGS); \
	else \
	    cmake -S . -B "$(BUILD_DIR)" -G Ninja $(CMAKE_ARGS); \
	fi

build: configure
	cmake --build "$(BUILD_DIR)" -j $(JOBS)

# No file argument: the application opens the user's table, made from the
# bundled sample on first start. Needs a display (headless: xvfb-run make run).
run: configure
	cmake --build "$(BUILD_DIR)" -j $(JOBS) --target suivi-ouvertures
	"$(APP)"

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir "$(BUILD_DIR)" --output-on-failure -j $(JOBS)

package: configure
	cmake --build "$(BUILD_DIR)" -j $(JOBS) --target suivi-ouvertures
	cd "$(BUILD_DIR)" && cpack -G DEB
	@ls -1 "$(BUILD_DIR)"/*.deb

clean:
	@case "$(BUILD_DIR)" in ""|.|./|/|..|../) echo "refusing to remove '$(BUILD_DIR)'"; exit 1;; esac
	rm -rf "$(BUILD_DIR)"
