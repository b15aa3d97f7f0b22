//! The service's answers, decoded as the wire contract's types
//! (`crate::contract`), turned into what the phone keeps and draws
//! (`views`). The two are kept apart on purpose: a saved screen is the
//! phone's own row, so a field the service adds or renames changes this
//! file, never the shape of what an older version saved.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::views::*;
use super::PocketError;
use crate::contract::{accounts, cards, shop, wallet};
use crate::limits::LimitRefusal;

/// Decodes an answer as the contract's `W` and turns it into the phone's `V`.
pub(crate) fn decode<W, V>(body: Value) -> Result<V, PocketError>
where
    W: DeserializeOwned,
    V: TryFrom<W>,
    PocketError: From<V::Error>,
{
    let wire: W = serde_json::from_value(body)
        .map_err(|error| PocketError::internal(format!("the service's answer did not decode: {error}")))?;
    Ok(V::try_from(wire)?)
}

impl From<std::convert::Infallible> for PocketError {
    fn from(never: std::convert::Infallible) -> PocketError {
        match never {}
    }
}

impl From<cards::Cards> for CardsScreen {
    fn from(cards: cards::Cards) -> CardsScreen {
        CardsScreen {
            cards: cards.cards,
            max_cards: u32::try_from(cards.max_cards).unwrap_or(u32::MAX),
            freshness: Freshness::never_fetched(),
        }
    }
}

impl From<shop::Catalogue> for Catalogue {
    fn from(catalogue: shop::Catalogue) -> Catalogue {
        Catalogue { sellers: catalogue.sellers, freshness: Freshness::never_fetched() }
    }
}

impl From<shop::Paid> for Order {
    fn from(paid: shop::Paid) -> Order {
        paid.order
    }
}

impl From<shop::Orders> for OrdersScreen {
    fn from(orders: shop::Orders) -> OrdersScreen {
        OrdersScreen { orders: orders.orders, freshness: Freshness::never_fetched() }
    }
}

impl From<shop::Checkout> for Vec<Order> {
    fn from(checkout: shop::Checkout) -> Vec<Order> {
        checkout.orders
    }
}

impl TryFrom<shop::Quote> for Quote {
    type Error = PocketError;

    fn try_from(quote: shop::Quote) -> Result<Quote, PocketError> {
        let limits = match (quote.limits.left_today_after, quote.limits.left_this_month_after, quote.limits.refusal) {
            (Some(left_today_after), Some(left_this_month_after), _) if quote.limits.allowed => {
                QuoteLimits::Allowed { left_today_after, left_this_month_after }
            }
            (_, _, Some(refusal)) if !quote.limits.allowed => {
                let figures = refusal.details.unwrap_or(Value::Null);
                let refusal: LimitRefusal = serde_json::from_value(figures).map_err(|error| {
                    PocketError::internal(format!("a quote's limit refusal came without its figures: {error}"))
                })?;
                QuoteLimits::Refused { refusal }
            }
            _ => return Err(PocketError::internal("a quote's limits said neither what is left nor why not")),
        };
        Ok(Quote {
            order_id: quote.order_id,
            price: quote.price,
            pay: quote.pay,
            rate_usd_per_unit: quote.rate_usd_per_unit,
            limits,
        })
    }
}

impl From<wallet::Balances> for Vec<Balance> {
    fn from(balances: wallet::Balances) -> Vec<Balance> {
        balances.balances
    }
}

impl From<wallet::TopUps> for Vec<TopUp> {
    fn from(top_ups: wallet::TopUps) -> Vec<TopUp> {
        top_ups.top_ups
    }
}

impl From<wallet::History> for Vec<HistoryEntry> {
    fn from(history: wallet::History) -> Vec<HistoryEntry> {
        history.entries
    }
}

impl From<accounts::Profile> for Profile {
    fn from(shopper: accounts::Profile) -> Profile {
        Profile { shopper, freshness: Freshness::never_fetched() }
    }
}

impl From<accounts::SignUpAccepted> for SignUpReceipt {
    fn from(accepted: accounts::SignUpAccepted) -> SignUpReceipt {
        SignUpReceipt { email: accepted.email, confirmation_expires_at: accepted.confirmation_expires_at }
    }
}
