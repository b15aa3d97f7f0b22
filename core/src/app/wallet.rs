//! The shopper's money: the wallet screen, top-ups, transfers, history and
//! the notification feed.

use crate::contract::paths;
use reqwest::Method;

use super::from_wire::decode;
use super::outbox::{body_and_secrets, Accepted, NewAction};
use super::reads::{screen, Fetched};
use super::views::{
    ActionKind, HistoryEntry, HistoryScreen, Notification, NotificationsScreen, Receipt, SavedWallet, TopUp, Transfer,
    WalletScreen,
};
use super::{Pocket, PocketError};
use crate::contract::wallet::{self, TransferRequest};
use crate::contract::wire_name;
use crate::money::{Currency, Money};
use crate::password::is_payment_password_shaped;
use crate::topup::check_top_up;

/// A top-up to make: the contract's request.
pub use crate::contract::wallet::TopUpRequest;

/// How a top-up went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopUpOutcome {
    /// Created: settled at once (instant rails) or pending until its date.
    Created {
        /// The top-up.
        top_up: TopUp,
    },
    /// The card's bank sent a code by SMS: call `complete_with_code`.
    NeedsOneTimeCode {
        /// The pending action to complete.
        action_id: String,
    },
    /// The card's charge waits: for the shopper to confirm it on her bank's
    /// page (`confirmation_url`, opened in the platform's browser; it comes
    /// back to the app through `pocket://card-confirmed`), or for the card
    /// processor. It stays pending and is sent again by itself, with the
    /// same key, until the service has its answer.
    AwaitingCharge {
        /// The pending action.
        action_id: String,
        /// The bank's page, when it asks for the shopper.
        confirmation_url: Option<String>,
    },
}

impl Pocket {
    /// The wallet screen in one call: balances, limits with what is left,
    /// top-ups, and actions still being sent. Offline, the saved copy,
    /// marked stale.
    pub async fn wallet(&self) -> Result<WalletScreen, PocketError> {
        let inner = &self.inner;
        let (saved, freshness) = inner
            .screen(screen::WALLET, || async {
                // The three reads go out together: the screen waits for the slowest, not the sum.
                let (balances, limits, top_ups) =
                    tokio::join!(inner.fetch(paths::BALANCES), inner.fetch(paths::LIMITS), inner.fetch(paths::TOP_UPS));
                let (Fetched::Answer(balances), Fetched::Answer(limits), Fetched::Answer(top_ups)) =
                    (balances?, limits?, top_ups?)
                else {
                    return Ok(None);
                };
                Ok(Some(SavedWallet {
                    balances: decode::<wallet::Balances, _>(balances)?,
                    limits: decode::<wallet::Limits, _>(limits)?,
                    top_ups: decode::<wallet::TopUps, _>(top_ups)?,
                }))
            })
            .await?;
        Ok(WalletScreen {
            balances: saved.balances,
            limits: saved.limits,
            top_ups: saved.top_ups,
            pending_actions: inner.pending_actions()?,
            freshness,
        })
    }

    /// Tops up the balance. The rail's minimum and maximum are checked here
    /// first; the account's limits and Boleto's monthly cap by the service.
    /// Saved in the outbox before it is sent: see [`PocketError::WillRetry`].
    pub async fn top_up(&self, request: TopUpRequest) -> Result<TopUpOutcome, PocketError> {
        if request.amount.currency() == Currency::Usd {
            check_top_up(request.rail, request.amount, &[], self.inner.now())
                .map_err(|error| PocketError::rule_broken("amount", &error))?;
        }
        // A code, if any, is typed later and kept as a secret.
        let (body, secrets) = body_and_secrets(&request, &["one_time_code"])?;
        let action = NewAction {
            kind: ActionKind::TopUp,
            method: Method::POST,
            path: paths::TOP_UPS.into(),
            body,
            secrets,
            summary: format!("Top up {} by {}", request.amount, request.rail.display_name()),
            reference: Some(wire_name(&request.rail)),
            amount: Some(request.amount),
        };
        match self.inner.submit(action).await? {
            Accepted::Done { body, .. } => Ok(TopUpOutcome::Created { top_up: decode::<wallet::TopUp, _>(body)? }),
            Accepted::NeedsCode { action_id } => Ok(TopUpOutcome::NeedsOneTimeCode { action_id }),
            Accepted::ChargeAwaiting { action_id, confirmation_url } => {
                Ok(TopUpOutcome::AwaitingCharge { action_id, confirmation_url })
            }
        }
    }

    /// Completes a card top-up that asked for the one-time code sent by SMS.
    pub async fn complete_top_up_with_code(&self, action_id: String, code: String) -> Result<TopUp, PocketError> {
        let (body, _) = self.inner.submit_code(&action_id, &code).await?;
        decode::<wallet::TopUp, _>(body)
    }

    /// Sends money from the balance to another Pocket user, with the
    /// payment password. Through the outbox, like every money action.
    pub async fn transfer(
        &self,
        to_email: String,
        amount: Money,
        note: String,
        payment_password: String,
    ) -> Result<Transfer, PocketError> {
        let amount = amount.require_positive()?;
        check_six_digits(&payment_password)?;
        let request = TransferRequest { to_email: to_email.clone(), amount, payment_password, note };
        let (body, secrets) = body_and_secrets(&request, &["payment_password"])?;
        let action = NewAction {
            kind: ActionKind::Transfer,
            method: Method::POST,
            path: paths::TRANSFERS.into(),
            summary: format!("Send {amount} to {to_email}"),
            body,
            secrets,
            reference: Some(to_email.clone()),
            amount: Some(amount),
        };
        match self.inner.submit(action).await? {
            Accepted::Done { body, .. } => decode::<wallet::Transfer, _>(body),
            Accepted::NeedsCode { .. } | Accepted::ChargeAwaiting { .. } => {
                Err(PocketError::internal("a transfer never charges a card"))
            }
        }
    }

    /// Every movement of the shopper's money, newest first.
    pub async fn history(&self) -> Result<HistoryScreen, PocketError> {
        let (entries, freshness) = self
            .inner
            .screen_from(screen::HISTORY, paths::HISTORY, decode::<wallet::History, Vec<HistoryEntry>>)
            .await?;
        Ok(HistoryScreen { entries, freshness })
    }

    /// The receipt of an order's payment.
    pub async fn receipt(&self, order_id: String) -> Result<Receipt, PocketError> {
        self.inner.fetch_now(&paths::path(paths::ORDER_RECEIPT, &[&order_id])).await
    }

    /// A refund's receipt: how much, where it went (the top-up it went back
    /// through, for a refund to the funding source), when.
    pub async fn refund_receipt(&self, order_id: String) -> Result<crate::contract::shop::RefundReceipt, PocketError> {
        self.inner.fetch_now(&paths::path(paths::ORDER_REFUND_RECEIPT, &[&order_id])).await
    }

    /// The notification feed, newest first: new ones fetched, all kept.
    pub async fn notifications(&self) -> Result<NotificationsScreen, PocketError> {
        let inner = &self.inner;
        let path = format!("{}?after={}", paths::NOTIFICATIONS, inner.last_notification_id());
        let stale = match inner.fetch(&path).await? {
            Fetched::Answer(body) => {
                inner.take_notifications(body, true).await?;
                false
            }
            Fetched::Unanswered(_) => true,
        };
        let saved = inner.store.screen::<Vec<Notification>>(screen::NOTIFICATIONS)?;
        let (notifications, fetched_at) = match saved {
            Some(saved) => (saved.value, Some(saved.fetched_at)),
            None if stale => return Err(PocketError::Offline { reason: "the service cannot be reached".into() }),
            None => (Vec::new(), Some(inner.now())),
        };
        Ok(NotificationsScreen { notifications, freshness: super::Freshness { fetched_at, stale } })
    }
}

/// Checks the payment password is 6 digits before anything is saved (a
/// typo is told at once, not after a round trip).
pub(crate) fn check_six_digits(payment_password: &str) -> Result<(), PocketError> {
    if !is_payment_password_shaped(payment_password) {
        return Err(PocketError::invalid(
            "payment_password",
            "not_six_digits",
            "the payment password is 6 digits; enter it again",
        ));
    }
    Ok(())
}
