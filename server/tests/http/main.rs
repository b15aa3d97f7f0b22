//! The service through its HTTP API, one test binary (one link) for every
//! suite: each module is a concern, driven the way a phone or a developer would.

// The library's refusal is its error as it is (see the library's lib.rs).
#![allow(clippy::result_large_err)]

mod support;

mod accounts;
mod api;
mod authorization;
mod bad_input;
mod doors;
mod ledger;
mod one_transaction;
mod outside_sandbox;
mod partner_api;
mod partner_webhooks;
mod provider_shapes;
mod push;
mod recovery;
mod refunds;
mod replace_card;
mod sandbox_catalogue;
mod security;
mod several_processes;
mod shopping;
mod staff_console;
mod staff_finance;
mod staff_shoppers;
mod store;
mod support_cases;
mod top_ups;
mod verification;
