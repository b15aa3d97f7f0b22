//! Creating and settling top-ups.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::contract::wallet::{TopUp, TopUpStatus};
use pocket_core::limits::LimitMethod;
use pocket_core::money::Money;
use pocket_core::topup::{check_top_up, Arrival, TopUpRail};

use crate::accounts::standing_to_spend;
use crate::app::Config;
use crate::cards::{after_charge, CardCharge};
use crate::codes::CodePurpose;
use crate::fx::usd_equivalent;
use crate::ids::new_id;
use crate::ledger::{post, AccountKey, Journal, JournalCode, Leg};
use crate::messages::notify;
use crate::refusals::Refusal;
use crate::spends::{record_spend, spend_history};
use crate::time::parse_time;
use crate::wire::{from_wire_name, wire_name};
use pocket_core::contract::wallet::NotificationFacts;
use pocket_core::countries::{Countries, NotOffered};

pub use pocket_core::contract::wallet::TopUpRequest;

/// The card charge a bank-card top-up makes: its amount, in its currency.
/// Its one-time code is tied to the card and the amount.
pub fn top_up_card_charge(request: &TopUpRequest, user_id: &str) -> Option<CardCharge> {
    let card_id = request.card_id.clone().filter(|_| request.rail == TopUpRail::BankCard)?;
    Some(CardCharge {
        user_id: user_id.into(),
        reference: format!("{card_id}:{}", request.amount),
        card_id,
        purpose: CodePurpose::CardTopUp,
        amount: request.amount,
        one_time_code: request.one_time_code.clone(),
    })
}

/// A top-up the rules allow: its amount, in USD too, and its limit method.
#[derive(Debug, Clone, Copy)]
pub struct CheckedTopUp {
    amount: Money,
    usd: Money,
    method: LimitMethod,
}

/// Checks a top-up against the rules (the rail's card choice and
/// provider, the country, the rail's and the account's limits): before a
/// card is charged, and as it is booked.
pub fn check_top_up_request(
    tx: &Db,
    config: &Config,
    user_id: &str,
    request: &TopUpRequest,
    now: DateTime<Utc>,
) -> Result<CheckedTopUp, Refusal> {
    match (request.rail, request.card_id.as_deref()) {
        (TopUpRail::BankCard, None) => {
            return Err(Refusal::validation("card_required", "choose the card to top up from").with_field("card_id"));
        }
        (TopUpRail::BankCard, Some(_)) | (_, None) => {}
        (_, Some(_)) => {
            return Err(
                Refusal::validation("card_not_used", "only a bank card top-up takes a card_id").with_field("card_id")
            );
        }
    }
    // Only the card rail has a real adapter (the card processor): outside
    // the sandbox no other rail may credit money no provider collected.
    if !config.sandbox && request.rail != TopUpRail::BankCard {
        return Err(Refusal::forbidden(
            "rail_not_connected",
            "this way of adding money is not connected yet; add money by bank card",
        )
        .with_field("rail"));
    }
    if request.rail == TopUpRail::EWallet && request.provider.is_none() {
        return Err(Refusal::validation("provider_required", "choose the e-wallet: web_money, yandex_money or qiwi")
            .with_field("provider"));
    }
    let country = crate::accounts::load_user(tx, user_id)?.country;
    Countries::shipped().check_top_up(&country, request.rail, request.provider).map_err(|refusal| {
        let code = match refusal {
            NotOffered::EWallet { .. } => "e_wallet_not_offered",
            NotOffered::Rail { .. } | NotOffered::Country { .. } => "rail_not_offered",
        };
        Refusal::forbidden(code, format!("{refusal}; choose another way to add money")).with_field("rail")
    })?;
    let amount = request.amount.require_positive()?;
    let usd = usd_equivalent(amount)?;
    let method = LimitMethod::TopUp(request.rail);
    let history = spend_history(tx, user_id, method, now)?;
    check_top_up(request.rail, usd, &history, now)?;
    let standing = standing_to_spend(tx, user_id)?;
    config.limits.evaluate(&standing, method, usd, &history, now)?;
    Ok(CheckedTopUp { amount, usd, method })
}

/// Books a checked top-up; returns the answer for the shopper. A card's
/// charge was taken before (`cards::card_step`): the money comes from the
/// card processor's clearing account, and a card not saved is used up.
pub fn book_top_up(
    tx: &Db,
    user_id: &str,
    request: &TopUpRequest,
    checked: &CheckedTopUp,
    now: DateTime<Utc>,
) -> Result<TopUp, Refusal> {
    let CheckedTopUp { amount, usd, method } = *checked;
    let id = new_id("top");
    let debit = match top_up_card_charge(request, user_id) {
        Some(charge) => {
            after_charge(tx, &charge.card_id, now)?;
            AccountKey::CardProcessor { currency: amount.currency() }
        }
        None => rail_clearing(request.rail, amount),
    };
    let arrival = request.rail.expected_arrival(now);
    let (status, expected_by) = match arrival {
        Arrival::Instant => (TopUpStatus::Settled, None),
        Arrival::By { at } => (TopUpStatus::Pending, Some(at)),
        Arrival::WhenPaid => (TopUpStatus::Pending, None),
    };
    // Money on its way waits in the shopper's pending balance.
    let credit = match status {
        TopUpStatus::Settled => AccountKey::UserAvailable { user_id: user_id.into(), currency: amount.currency() },
        _ => AccountKey::UserPending { user_id: user_id.into(), currency: amount.currency() },
    };
    post(
        tx,
        &Journal {
            code: JournalCode::TopUp,
            reference: id.clone(),
            legs: vec![Leg { debit, credit, amount }],
            at: now,
        },
    )?;
    tx.execute(
        "INSERT INTO top_ups (id, user_id, rail, provider, amount_minor, currency, usd_minor, status, created_at, expected_by, settled_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id,
            user_id,
            wire_name(&request.rail),
            request.provider.as_ref().map(wire_name),
            amount.to_minor_units(),
            amount.currency().code(),
            usd.to_minor_units(),
            wire_name(&status),
            now.to_rfc3339(),
            expected_by.map(|t: DateTime<Utc>| t.to_rfc3339()),
            (status == TopUpStatus::Settled).then(|| now.to_rfc3339()),
        ],
    )?;
    record_spend(tx, user_id, method, usd, now)?;
    if status == TopUpStatus::Settled {
        let facts = NotificationFacts { amount: Some(amount), ..NotificationFacts::default() };
        notify(
            tx,
            user_id,
            NotificationKind::TopUpSettled,
            &format!("{amount} arrived in your Pocket balance"),
            &id,
            &facts,
            now,
        )?;
    }
    top_up_view(tx, user_id, &id)
}

fn rail_clearing(rail: TopUpRail, amount: Money) -> AccountKey {
    AccountKey::RailClearing { rail: wire_name(&rail), currency: amount.currency() }
}

/// Which user a top-up belongs to (for sandbox actions).
pub fn top_up_owner(tx: &Db, id: &str) -> Result<String, Refusal> {
    tx.query_row("SELECT user_id FROM top_ups WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Refusal::not_found("top-up"))
}

/// One top-up as the shopper sees it; 404 if it is not theirs.
pub fn top_up_view(tx: &Db, user_id: &str, id: &str) -> Result<TopUp, Refusal> {
    let mut views = top_up_views(tx, user_id, Some(id))?;
    views.pop().ok_or_else(|| Refusal::not_found("top-up"))
}

/// A shopper's top-ups, newest first (or just `only_id`).
pub fn top_up_views(tx: &Db, user_id: &str, only_id: Option<&str>) -> Result<Vec<TopUp>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT id, rail, provider, amount_minor, currency, usd_minor, status, created_at, expected_by, settled_at
         FROM top_ups WHERE user_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR id = ?2) ORDER BY created_at DESC, id DESC",
    )?;
    let rows = statement.query_map(params![user_id, only_id], |r| {
        r.read::<(String, String, Option<String>, i64, String, i64, String, String, Option<String>, Option<String>)>()
    })?;
    let mut views = Vec::new();
    for row in rows {
        let (id, rail, provider, amount_minor, currency, usd_minor, status, created_at, expected_by, settled_at) = row?;
        let currency = pocket_core::money::Currency::from_code(&currency)?;
        let status = from_wire_name(&status)?;
        views.push(TopUp {
            id,
            rail: from_wire_name(&rail)?,
            provider: provider.as_deref().map(from_wire_name).transpose()?,
            amount: Money::from_minor_units(amount_minor, currency)?,
            amount_usd: Money::from_minor_units(usd_minor, pocket_core::money::Currency::Usd)?,
            awaiting_payment: status == TopUpStatus::Pending && expected_by.is_none(),
            status,
            created_at: parse_time(&created_at)?,
            expected_by: expected_by.as_deref().map(parse_time).transpose()?,
            settled_at: settled_at.as_deref().map(parse_time).transpose()?,
        });
    }
    Ok(views)
}
