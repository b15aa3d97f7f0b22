# Pocket: every entry point. `make run` and `make test` are the two commands
# the README promises work on a fresh Debian machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo

.PHONY: help run demo test lint fmt bench toolchain check-ledger

DATA_DIR ?= .pocket-data

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

toolchain: ## Check the Rust toolchain is present (rustup-managed; Debian's cargo is too old)
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs), 1.87 or newer"; exit 1; }

run: toolchain ## Start the service in sandbox mode with a demo shopper on 127.0.0.1:8080 (POCKET_LISTEN=0.0.0.0:8080 for emulators)
	$(CARGO) run --locked --quiet -p pocket-server -- serve --sandbox --data-dir $(DATA_DIR)

demo: toolchain ## Print a scripted shopper session through the rules engine
	$(CARGO) run --locked --quiet -p pocket-core --example shopper_session

check-ledger: toolchain ## Verify the ledger's invariants over the sandbox database
	$(CARGO) run --locked --quiet -p pocket-server -- check --data-dir $(DATA_DIR)

test: toolchain lint ## Run every test: unit, property, HTTP and doc tests, after fmt and clippy
	$(CARGO) test --locked --workspace

lint: toolchain ## Formatting and clippy, warnings as errors
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings

bench: toolchain ## Payments per second through the service beside a plain SQLite commit loop
	$(CARGO) bench --locked -p pocket-server --bench payments
