# Pocket: every entry point. `make run` and `make test` are the two commands
# the README promises work on a fresh Debian machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo

.PHONY: help run demo test postgres-test staff-console-test api-lint chromium lint fmt bench toolchain check-ledger bindings check-bindings jvm-test maven ffi-build android ios \
	gallery-views screens-test screenshots app ios-check api-fuzz edge-tools staging

# The FFI library, built unstripped (debug) for bindgen and the JVM suite.
TARGET_DIR := $(abspath $(or $(CARGO_TARGET_DIR),target))
HOST_LIB_EXT := $(if $(filter Darwin,$(shell uname -s)),dylib,so)
FFI_LIB := $(TARGET_DIR)/debug/libpocket_ffi.$(HOST_LIB_EXT)
BINDGEN := $(TARGET_DIR)/debug/uniffi-bindgen
MVN ?= mvn
MVN_FLAGS := -q -B -f bindings/jvm-tests/pom.xml -Dpocket.lib.dir=$(TARGET_DIR)/debug -Dpocket.server=$(TARGET_DIR)/debug/pocket-server
# The Android app's screens on Compose desktop (android/desktop): UI tests, renders, `make app`.
SCREENS_FLAGS := -q -B -f android/desktop/pom.xml -Dpocket.lib.dir=$(TARGET_DIR)/debug \
	-Dpocket.server=$(TARGET_DIR)/debug/pocket-server -Dpocket.views=$(TARGET_DIR)/gallery-views

DATA_DIR ?= .pocket-data

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

toolchain: ## Check the Rust toolchain is present (rustup-managed; Debian's cargo is too old)
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs), 1.87 or newer"; exit 1; }

# Every build selects the whole workspace, as `cargo test --workspace` does,
# so features resolve the same way and `make run` after `make test` (or the
# other way round) reuses one build instead of compiling the crates again.
WORKSPACE_BUILD := $(CARGO) build --locked --workspace
SERVER_BIN := $(TARGET_DIR)/debug/pocket-server

run: toolchain ## Start the service in sandbox mode with a demo shopper on 127.0.0.1:8080 (POCKET_LISTEN=0.0.0.0:8080 for emulators)
	$(WORKSPACE_BUILD) --quiet --bins
	$(SERVER_BIN) serve --sandbox --data-dir $(DATA_DIR)

STAGING_DATA_DIR ?= .pocket-staging

staging: toolchain edge-tools ## The service as in production on this machine: no sandbox, email to a local Mailpit (http://127.0.0.1:8025), cards through stripe-mock
	$(WORKSPACE_BUILD) --quiet --bins
	scripts/staging run $(EDGE_TOOLS) $(SERVER_BIN) $(STAGING_DATA_DIR)

demo: toolchain ## Print a scripted shopper session through the rules engine
	$(CARGO) run --locked --quiet -p pocket-core --example shopper_session

check-ledger: toolchain ## Verify the ledger's invariants over the sandbox database
	$(WORKSPACE_BUILD) --quiet --bins
	$(SERVER_BIN) check --data-dir $(DATA_DIR)

# Real services the service's edges are tested against (server/tests/http/
# outside_sandbox.rs): Mailpit, a real SMTP server with an API to read what
# arrived, and stripe-mock, Stripe's own validating mock. Built from the Go
# module proxy at pinned versions into target/tools (under a minute each).
# Go 1.24 or newer: /usr/local/go on these machines; Debian's golang-go
# (1.19) is too old.
GO ?= $(or $(shell command -v go),/usr/local/go/bin/go)
EDGE_TOOLS := $(TARGET_DIR)/tools
MAILPIT_VERSION := v1.33.1
STRIPE_MOCK_VERSION := v0.203.0
export POCKET_EDGE_TOOLS := $(EDGE_TOOLS)

$(EDGE_TOOLS)/mailpit-$(MAILPIT_VERSION):
	@test -x "$(GO)" || { echo "Go 1.24+ is needed to build Mailpit and stripe-mock for the tests (https://go.dev/dl; set GO=/path/to/go)"; exit 1; }
	GOBIN=$(EDGE_TOOLS) $(GO) install github.com/axllent/mailpit@$(MAILPIT_VERSION)
	@touch $@

$(EDGE_TOOLS)/stripe-mock-$(STRIPE_MOCK_VERSION):
	@test -x "$(GO)" || { echo "Go 1.24+ is needed to build Mailpit and stripe-mock for the tests (https://go.dev/dl; set GO=/path/to/go)"; exit 1; }
	GOBIN=$(EDGE_TOOLS) $(GO) install github.com/stripe/stripe-mock@$(STRIPE_MOCK_VERSION)
	@touch $@

edge-tools: $(EDGE_TOOLS)/mailpit-$(MAILPIT_VERSION) $(EDGE_TOOLS)/stripe-mock-$(STRIPE_MOCK_VERSION) ## Build Mailpit and stripe-mock (pinned, with Go) into target/tools for the tests

test: toolchain lint edge-tools ## Run every test: Rust (unit, property, HTTP, end-to-end, doc), the bindings check, the JVM suite, the screens' UI tests and renders, the Swift checks, the API fuzzing, the staff console in headless Chromium
	$(CARGO) test --locked --workspace
	$(MAKE) --no-print-directory postgres-test
	$(MAKE) --no-print-directory check-bindings
	$(MAKE) --no-print-directory jvm-test
	$(MAKE) --no-print-directory screens-test
	$(MAKE) --no-print-directory ios-check
	$(MAKE) --no-print-directory api-lint
	$(MAKE) --no-print-directory api-fuzz
	$(MAKE) --no-print-directory staff-console-test

# The service's HTTP suite (several processes included) and the end-to-end
# fault tests again, over PostgreSQL: a throwaway cluster in a temp folder
# (scripts/postgres-cluster installs Debian's PostgreSQL if it is missing),
# stopped and removed afterwards, pass or fail. Same build as `make test`.
POSTGRES_SUITES := --test http --test faults --test journey --test ui_journey --test no_card_numbers --test outside_the_sandbox --test staff_console

postgres-test: toolchain edge-tools ## The HTTP suite, the several-processes tests and the fault tests over a throwaway PostgreSQL cluster
	@cluster=$$(mktemp -d /tmp/pocket-pg.XXXXXX); \
	trap 'scripts/postgres-cluster stop "'"$$cluster"'"' EXIT; \
	url=$$(scripts/postgres-cluster start "$$cluster"); \
	echo "PostgreSQL: $$url"; \
	POCKET_TEST_POSTGRES="$$url" $(CARGO) test --locked --workspace $(POSTGRES_SUITES)

ffi-build: toolchain
	$(WORKSPACE_BUILD)

# Generated sources are never hand-edited: `make bindings` rewrites them.
# Kotlin goes to bindings/kotlin; the Swift goes inside the Swift package
# (ios/PocketCore: the .swift among its sources, the C header and module map
# in FFI/, from which `make ios` builds the XCFramework).
IOS_PACKAGE := ios/PocketCore
# The one version of Pocket: the workspace's (Cargo.toml); Gradle reads the same line.
POCKET_VERSION := $(shell sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
SWIFT_GENERATED := $(IOS_PACKAGE)/Sources/PocketCore/PocketCore.swift
SWIFT_FFI := $(IOS_PACKAGE)/FFI

define generate_bindings
	rm -rf $(1)/kotlin $(1)/swift
	$(BINDGEN) generate --no-format --library $(FFI_LIB) --language kotlin --out-dir $(1)/kotlin >/dev/null
	$(BINDGEN) generate --no-format --library $(FFI_LIB) --language swift --out-dir $(1)/swift >/dev/null
endef

bindings: ffi-build ## Generate the Kotlin bindings into bindings/kotlin and the Swift ones into the Swift package (ios/PocketCore)
	$(call generate_bindings,$(TARGET_DIR)/bindings-new)
	rm -rf bindings/kotlin && cp -r $(TARGET_DIR)/bindings-new/kotlin bindings/kotlin
	mkdir -p $(SWIFT_FFI) $(dir $(SWIFT_GENERATED))
	cp $(TARGET_DIR)/bindings-new/swift/PocketCore.swift $(SWIFT_GENERATED)
	cp $(TARGET_DIR)/bindings-new/swift/PocketCoreFFI.h $(TARGET_DIR)/bindings-new/swift/PocketCoreFFI.modulemap $(SWIFT_FFI)/

check-bindings: ffi-build ## Fail if the checked-in bindings differ from what the library generates
	@$(call generate_bindings,$(TARGET_DIR)/bindings-check)
	@diff -r bindings/kotlin $(TARGET_DIR)/bindings-check/kotlin \
	  && diff $(SWIFT_GENERATED) $(TARGET_DIR)/bindings-check/swift/PocketCore.swift \
	  && diff $(SWIFT_FFI)/PocketCoreFFI.h $(TARGET_DIR)/bindings-check/swift/PocketCoreFFI.h \
	  && diff $(SWIFT_FFI)/PocketCoreFFI.modulemap $(TARGET_DIR)/bindings-check/swift/PocketCoreFFI.modulemap \
	  || { echo "the bindings are out of date: run 'make bindings' and commit the result"; exit 1; }
	@echo "bindings: up to date"

maven: ## Install a JDK and Maven if missing (Debian)
	@command -v $(MVN) >/dev/null && command -v javac >/dev/null || { \
	  echo "installing Maven and a JDK"; \
	  $$(command -v sudo) apt-get update -qq && $$(command -v sudo) apt-get install -y -qq maven default-jdk-headless; }

jvm-test: maven ffi-build ## The Kotlin suite: the generated bindings against the real library and a running service
	rm -rf bindings/jvm-tests/target/surefire-reports
	$(MVN) $(MVN_FLAGS) test
	@grep -h "Tests run" bindings/jvm-tests/target/surefire-reports/*.txt

# The core's gallery of views (fixtures through the real update and view),
# written as the bytes UniFFI sends; `cargo test` writes them too.
gallery-views: toolchain
	$(CARGO) test --locked --workspace --lib --quiet -- gallery

screens-test: maven ffi-build gallery-views ## The Android screens on Compose desktop: the journey UI test against a real service, every screen rendered, the committed gallery checked
	rm -rf android/desktop/target/surefire-reports
	$(MVN) $(SCREENS_FLAGS) test
	@grep -h "Tests run" android/desktop/target/surefire-reports/*.txt

screenshots: maven ffi-build gallery-views ## Render every screen: the core's gallery (light, dark, English, Russian) and a journey against the sandbox, into android/desktop/target/screenshots; rewrite the README's (docs/gallery)
	$(MVN) $(SCREENS_FLAGS) -Dpocket.gallery.write=true test
	@echo "the gallery: android/desktop/target/screenshots/gallery; the journey: .../journey; the README's: docs/gallery"

app: maven ffi-build ## The Android screens in a desktop window against the local sandbox (make run first; needs a display)
	$(MVN) $(SCREENS_FLAGS) compile exec:java

# Import circles between modules (scripts/import_circles.py): none may
# appear, and the ones still being taken apart (the baseline, shrinking)
# may not grow.
IMPORT_CIRCLES := python3 scripts/import_circles.py --self-test --check scripts/import_circles.baseline.json server/src core/src
# The app state's floors (scripts/ui_floors.py): no arrow up, no flow naming
# another, the engine never naming the UI.
UI_FLOORS := python3 scripts/ui_floors.py --self-test core/src

lint: toolchain ## Formatting, clippy (warnings as errors), no import circle between modules, the UI's floors kept
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings
	$(IMPORT_CIRCLES)
	$(UI_FLOORS)

bench: toolchain maven ffi-build ## Service payments/s vs plain SQLite (single and group commits), reads during storms; PostgreSQL with 1, 2, 4 processes vs pgbench; from Kotlin: FFI call, dispatch-to-view, view sizes, cold open; phone library size
	@cluster=$$(mktemp -d /tmp/pocket-pg.XXXXXX); \
	trap 'scripts/postgres-cluster stop "'"$$cluster"'"' EXIT; \
	POCKET_BENCH_POSTGRES="$$(scripts/postgres-cluster start "$$cluster")" \
	POCKET_BENCH_PGBENCH="$$(scripts/postgres-cluster bin)/pgbench" \
	$(CARGO) bench --locked -p pocket-server --bench payments
	$(MVN) $(MVN_FLAGS) -Dpocket.bench=true -Dtest=FfiCostBench -Dsurefire.failIfNoSpecifiedTests=false test | grep BENCH
	$(CARGO) build --locked --quiet --profile mobile -p pocket-ffi
	$(CARGO) build --locked --quiet --profile mobile-abort -p pocket-ffi
	@unwind=$$(stat -c %s $(TARGET_DIR)/mobile/libpocket_ffi.$(HOST_LIB_EXT)); \
	abort=$$(stat -c %s $(TARGET_DIR)/mobile-abort/libpocket_ffi.$(HOST_LIB_EXT)); \
	echo "BENCH stripped phone library (profile mobile, host $$(uname -m)): $$unwind bytes with panic=unwind, $$abort with panic=abort (unwinding costs $$((unwind - abort)) bytes, $$(( (unwind - abort) * 100 / abort ))%)"; \
	goal=$$((6 * 1024 * 1024)); \
	echo "BENCH phone library goal: at most $$goal bytes (6 MiB) with panic=unwind: $$([ $$unwind -le $$goal ] && echo met || echo NOT met, $$((unwind - goal)) bytes over)"

ANDROID_ABIS := arm64-v8a armeabi-v7a x86_64
ANDROID_RUST_TARGETS := aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
ANDROID_JNI_LIBS := android/pocket-core/src/main/jniLibs

android: bindings ## Build the core for Android (cargo-ndk, 3 ABIs, 16 KB pages) into the app's jniLibs, then the debug APK
	@test -n "$${ANDROID_NDK_HOME:-}" || { echo "set ANDROID_NDK_HOME to an NDK r27+ (Android Studio > SDK Manager > SDK Tools > NDK)"; exit 1; }
	command -v cargo-ndk >/dev/null || $(CARGO) install --locked cargo-ndk
	rustup target add $(ANDROID_RUST_TARGETS)
	RUSTFLAGS="-C link-arg=-Wl,-z,max-page-size=16384" $(CARGO) ndk $(foreach abi,$(ANDROID_ABIS),-t $(abi)) \
	  --platform 24 -o $(ANDROID_JNI_LIBS) build --locked --profile mobile -p pocket-ffi
	cd android && $(if $(wildcard android/gradlew),./gradlew,gradle) :app:assembleDebug :app:assembleRelease \
	  :pocket-core:publishReleasePublicationToLocalRepository
	@# The AAR depends on rustls-platform-verifier's Kotlin half, which ships inside its crate: copied beside it.
	$(CARGO) metadata --format-version 1 --filter-platform aarch64-linux-android --manifest-path core/Cargo.toml \
	  | python3 -c 'import json, sys, pathlib; p = next(p for p in json.load(sys.stdin)["packages"] if p["name"] == "rustls-platform-verifier-android"); print(pathlib.Path(p["manifest_path"]).parent / "maven" / "rustls")' \
	  | xargs -I{} cp -r {} android/build/maven/
	@echo "the AAR app.pocket:pocket-core:$(POCKET_VERSION) (POM, sources) and what it needs beyond Maven Central are in android/build/maven"
	@# Android 15+ phones may use 16 KB pages: every native library in the APK must be aligned to them.
	@for apk in android/app/build/outputs/apk/debug/app-debug.apk android/app/build/outputs/apk/release/app-release.apk; do \
	  tmp=$$(mktemp -d); unzip -q -o $$apk 'lib/*' -d $$tmp; \
	  for so in $$tmp/lib/*/*.so; do \
	    align=$$(readelf -lW $$so | awk '$$1 == "LOAD" {print $$NF; exit}'); \
	    [ $$((align)) -ge 16384 ] || { echo "$$so in $$apk is aligned to $$align, not 16 KB"; exit 1; }; \
	  done; rm -rf $$tmp; \
	done; echo "every .so in the APKs is 16 KB-aligned"

IOS_TARGETS := aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin
IOS_SIMULATOR := platform=iOS Simulator,name=iPhone 15

ios: bindings ## On a Mac with Xcode: the XCFramework (device, simulator, macOS for swift test), the package, the app for the simulator, the Swift journey test
	@test "$$(uname -s)" = Darwin || { echo "make ios needs macOS with Xcode"; exit 1; }
	rustup target add $(IOS_TARGETS)
	$(foreach target,$(IOS_TARGETS),$(CARGO) build --locked --profile mobile -p pocket-ffi --target $(target) &&) true
	$(WORKSPACE_BUILD) --bins
	rm -rf $(TARGET_DIR)/ios && mkdir -p $(TARGET_DIR)/ios/headers $(TARGET_DIR)/ios/simulator $(TARGET_DIR)/ios/macos
	cp $(SWIFT_FFI)/PocketCoreFFI.h $(TARGET_DIR)/ios/headers/
	cp $(SWIFT_FFI)/PocketCoreFFI.modulemap $(TARGET_DIR)/ios/headers/module.modulemap
	lipo -create $(TARGET_DIR)/aarch64-apple-ios-sim/mobile/libpocket_ffi.a $(TARGET_DIR)/x86_64-apple-ios/mobile/libpocket_ffi.a \
	  -output $(TARGET_DIR)/ios/simulator/libpocket_ffi.a
	lipo -create $(TARGET_DIR)/aarch64-apple-darwin/mobile/libpocket_ffi.a $(TARGET_DIR)/x86_64-apple-darwin/mobile/libpocket_ffi.a \
	  -output $(TARGET_DIR)/ios/macos/libpocket_ffi.a
	rm -rf $(IOS_PACKAGE)/PocketCoreFFI.xcframework
	xcodebuild -create-xcframework \
	  -library $(TARGET_DIR)/aarch64-apple-ios/mobile/libpocket_ffi.a -headers $(TARGET_DIR)/ios/headers \
	  -library $(TARGET_DIR)/ios/simulator/libpocket_ffi.a -headers $(TARGET_DIR)/ios/headers \
	  -library $(TARGET_DIR)/ios/macos/libpocket_ffi.a -headers $(TARGET_DIR)/ios/headers \
	  -output $(IOS_PACKAGE)/PocketCoreFFI.xcframework
	cd $(IOS_PACKAGE) && rm -f PocketCoreFFI.xcframework.zip && zip -qr PocketCoreFFI.xcframework.zip PocketCoreFFI.xcframework
	cd $(IOS_PACKAGE) && POCKET_FFI_LOCAL=1 xcodebuild -scheme PocketCore -destination 'generic/platform=iOS Simulator' build
	cd $(IOS_PACKAGE) && POCKET_FFI_LOCAL=1 POCKET_SERVER=$(TARGET_DIR)/debug/pocket-server swift test
	command -v xcodegen >/dev/null || brew install xcodegen
	cd ios && xcodegen generate --quiet && POCKET_FFI_LOCAL=1 xcodebuild -project Pocket.xcodeproj -scheme PocketApp -destination '$(IOS_SIMULATOR)' build
	@# A release by URL: with POCKET_FFI_URL (where the zip will be uploaded), its URL and
	@# checksum become Package.swift's constants; upload the zip there and commit Package.swift.
	@checksum=$$(cd $(IOS_PACKAGE) && swift package compute-checksum PocketCoreFFI.xcframework.zip); \
	echo "PocketCoreFFI.xcframework.zip $(POCKET_VERSION): checksum $$checksum"; \
	if [ -n "$${POCKET_FFI_URL:-}" ]; then \
	  python3 ios/checks/package_release.py $(IOS_PACKAGE)/Package.swift "$$POCKET_FFI_URL" "$$checksum" \
	  && echo "Package.swift now names $$POCKET_FFI_URL: upload $(IOS_PACKAGE)/PocketCoreFFI.xcframework.zip there"; \
	fi

# Python tools, pinned in tests/requirements.txt, in a venv under target/
# (reinstalled when the pins change).
PYENV := $(TARGET_DIR)/pyenv
PY_REQUIREMENTS := tests/requirements.txt

$(PYENV)/installed: $(PY_REQUIREMENTS)
	@test -x $(PYENV)/bin/python || python3 -m venv $(PYENV)
	$(PYENV)/bin/pip install -q -r $(PY_REQUIREMENTS)
	@touch $@

# What can be checked of the Swift on Linux: every hand-written file parses
# (tree-sitter's Swift grammar), and every screen and event of the Compose
# app has its SwiftUI twin.
ios-check: $(PYENV)/installed ## Parse every hand-written Swift file; check every screen and event of the Android app has its SwiftUI twin; the release constants' writer; the privacy manifests
	$(PYENV)/bin/python ios/checks/swift_syntax.py --self-test ios
	$(PYENV)/bin/python ios/checks/parity.py --self-test
	$(PYENV)/bin/python ios/checks/package_release.py --self-test
	$(PYENV)/bin/python ios/checks/privacy_manifests.py

# Schemathesis against the served OpenAPI document with a signed-in
# shopper: no 5xx, every answer as documented, malformed requests refused,
# the ledger healthy afterwards (tests/api_fuzz/run.py). About two minutes.
API_FUZZ_EXAMPLES ?= 40

# The staff console in a real browser: Debian's headless Chromium and its
# chromedriver, driven by Selenium, against a real service process
# (tests/staff_console/run.py). STAFF_DOCS=1 also rewrites docs/staff.
chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  $$(command -v sudo) apt-get update -qq && $$(command -v sudo) apt-get install -y -qq chromium chromium-driver; }

staff-console-test: $(PYENV)/installed chromium ffi-build ## The staff console in headless Chromium, every role's part, and what the shopper's app then shows
	$(PYENV)/bin/python tests/staff_console/run.py --server $(TARGET_DIR)/debug/pocket-server \
		--shopper-app $(TARGET_DIR)/debug/shopper_sees $(if $(STAFF_DOCS),--write-docs)

# The OpenAPI linters, pinned by tests/api_lint's lockfile, installed once
# (npm ci) into the target folder; Node from Debian if the machine has none.
API_LINT := $(TARGET_DIR)/api-lint

$(API_LINT)/installed: tests/api_lint/package.json tests/api_lint/package-lock.json
	@command -v npm >/dev/null || { $$(command -v sudo) apt-get update -qq && $$(command -v sudo) apt-get install -y -qq nodejs npm; }
	mkdir -p $(API_LINT)
	cp tests/api_lint/package.json tests/api_lint/package-lock.json $(API_LINT)/
	cd $(API_LINT) && npm ci --no-audit --no-fund --silent
	touch $@

api-lint: $(API_LINT)/installed ffi-build ## Lint the served OpenAPI document: Redocly's recommended rules (no error), Spectral's spectral:oas (no warning)
	tests/api_lint/run.sh $(TARGET_DIR)/debug/pocket-server $(API_LINT)

api-fuzz: $(PYENV)/installed ffi-build ## Fuzz the API from its OpenAPI document (Schemathesis) and check the ledger after
	$(PYENV)/bin/python tests/api_fuzz/run.py --server $(TARGET_DIR)/debug/pocket-server --examples $(API_FUZZ_EXAMPLES)
