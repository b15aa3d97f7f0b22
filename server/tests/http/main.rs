//! The service through its HTTP API, one test binary (one link) for every
//! suite: each module is a concern, driven the way a phone or a developer would.

mod support;

mod accounts;
mod api;
mod authorization;
mod bad_input;
mod doors;
mod ledger;
mod one_transaction;
mod outside_sandbox;
mod provider_shapes;
mod push;
mod recovery;
mod refunds;
mod replace_card;
mod sandbox_catalogue;
mod security;
mod several_processes;
mod shopping;
mod store;
mod support_cases;
mod top_ups;
mod verification;
