//! Cards, the catalogue, checkout, payment and the order's life after it.

use crate::contract::paths;
use reqwest::Method;
use serde_json::{Map, Value};

use super::from_wire::decode;
use super::outbox::{body_and_secrets, Accepted, NewAction};
use super::reads::{parse, screen};
use super::views::{ActionKind, Card, CardsScreen, CartLine, Catalogue, Order, OrdersScreen, Quote};
use super::wallet::check_six_digits;
use super::{Pocket, PocketError};
use crate::cards::{CardExpiry, CardNumber, SaveCardChoice};
use crate::contract::cards::{AddCardRequest, ReplaceCardRequest};
use crate::contract::service::Empty;
use crate::contract::shop::{CheckoutItem, CheckoutRequest, DisputeRequest, PayRequest, RefundDestinationRequest};
use crate::contract::{cards, shop};
use crate::money::Currency;
use crate::orders::{DisputeReason, RefundPreference};
use crate::parcel::{Cart, CartItem, ParcelRefusal, ParcelRules};

/// What pays an order: the contract's payment source.
pub use crate::contract::shop::PaySource;

/// How a payment went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentOutcome {
    /// Paid: the money is held in escrow until the parcel arrives.
    Paid {
        /// The order, now paid.
        order: Order,
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

/// The secret store's key for a card's token.
fn card_token_secret(card_id: &str) -> String {
    format!("card_token:{card_id}")
}

impl Pocket {
    /// Adds a card. The number is checked here first (length, Luhn, brand;
    /// the expiry too), then sent to the card processor only, which gives
    /// back its id for the card (`card_processor.rs`); the service gets
    /// that id with the brand, first and last four digits and expiry, never
    /// the number, which is written nowhere. The processor's id goes to the
    /// secret store; the app keeps only the mask. `save` binds the card to
    /// the account; the default choice is not to.
    pub async fn add_card(&self, number: String, expiry: String, save: SaveCardChoice) -> Result<Card, PocketError> {
        let (card_number, expiry) = self.checked_card(number, &expiry)?;
        let payment_method = self.inner.tokenize(&card_number, expiry).await?;
        let masked = card_number.masked();
        drop(card_number);
        let body = AddCardRequest {
            payment_method,
            brand: masked.brand,
            first4: masked.first4,
            last4: masked.last4,
            expiry: expiry.to_string(),
            save,
        };
        let answer = self.inner.session_call(Method::POST, paths::CARDS, &body).await;
        let card = without_token(parse(answer?)?);
        self.inner.secrets.put(card_token_secret(&card.id), body.payment_method)?;
        if card.saved {
            let _ = self.cards().await;
        }
        Ok(card)
    }

    /// A number and expiry as typed, checked on the phone: the number's
    /// length, Luhn digit and brand, an expiry that can pay today.
    fn checked_card(&self, number: String, expiry: &str) -> Result<(CardNumber, CardExpiry), PocketError> {
        let card_number = CardNumber::parse(&number).map_err(|error| PocketError::rule_broken("number", &error))?;
        drop(number);
        let expiry = CardExpiry::parse(expiry)
            .and_then(|expiry| expiry.can_pay(self.inner.now().date_naive()).map(|()| expiry))
            .map_err(|error| PocketError::rule_broken("expiry", &error))?;
        Ok((card_number, expiry))
    }

    /// Replaces a bound card in one step: the new card is tokenized with the
    /// processor, then the service sets it up with its bank and binds it
    /// before removing the old one; a failure keeps the old one. The old
    /// token leaves the secret store, the new one enters it.
    pub async fn replace_card(&self, card_id: String, number: String, expiry: String) -> Result<Card, PocketError> {
        let (card_number, expiry) = self.checked_card(number, &expiry)?;
        let payment_method = self.inner.tokenize(&card_number, expiry).await?;
        let masked = card_number.masked();
        drop(card_number);
        let body = ReplaceCardRequest {
            payment_method,
            brand: masked.brand,
            first4: masked.first4,
            last4: masked.last4,
            expiry: expiry.to_string(),
        };
        let answer = self.inner.session_call(Method::POST, &paths::path(paths::CARD_REPLACE, &[&card_id]), &body).await;
        let card = without_token(parse(answer?)?);
        self.inner.secrets.delete(card_token_secret(&card_id))?;
        self.inner.secrets.put(card_token_secret(&card.id), body.payment_method)?;
        let _ = self.cards().await;
        Ok(card)
    }

    /// Removes a bound card, and its token from the secret store.
    pub async fn remove_card(&self, card_id: String) -> Result<CardsScreen, PocketError> {
        self.inner.session_call(Method::DELETE, &paths::path(paths::CARD, &[&card_id]), &Value::Null).await?;
        self.inner.secrets.delete(card_token_secret(&card_id))?;
        self.cards().await
    }

    /// The bound cards, masked.
    pub async fn cards(&self) -> Result<CardsScreen, PocketError> {
        let (mut cards, freshness) =
            self.inner.screen_from(screen::CARDS, paths::CARDS, decode::<cards::Cards, CardsScreen>).await?;
        cards.freshness = freshness;
        Ok(cards)
    }

    /// Sellers and products.
    pub async fn catalogue(&self) -> Result<Catalogue, PocketError> {
        let (mut catalogue, freshness) =
            self.inner.screen_from(screen::CATALOGUE, paths::CATALOGUE, decode::<shop::Catalogue, Catalogue>).await?;
        catalogue.freshness = freshness;
        Ok(catalogue)
    }

    /// Checks a cart out into one order per seller (each parcel at most
    /// 2 kg and within the low-value cap), with an optional Pocket coupon.
    /// With the catalogue saved on the phone, the parcel rules are checked
    /// here first, so a heavy parcel is explained without a round trip; the
    /// service checks them again. No money moves until `pay`.
    pub async fn check_out(
        &self,
        lines: Vec<CartLine>,
        coupon: Option<String>,
        delivery_address: Option<String>,
    ) -> Result<Vec<Order>, PocketError> {
        self.check_parcels_here(&lines)?;
        let items = lines
            .into_iter()
            .map(|line| CheckoutItem {
                product_id: line.product_id,
                options: line.options.into_iter().collect(),
                quantity: line.quantity,
            })
            .collect();
        let body = CheckoutRequest { items, delivery_address, coupon: coupon.filter(|c| !c.trim().is_empty()) };
        let answer = self.inner.session_call(Method::POST, paths::CHECKOUT, &body).await?;
        let orders: Vec<Order> = decode::<shop::Checkout, _>(answer)?;
        for order in &orders {
            self.inner.keep_order(order);
        }
        Ok(orders)
    }

    /// What paying `order_id` from the `currency` balance costs (FX rounded
    /// up, in the house's favour) and what the limits say, before the
    /// shopper confirms.
    pub async fn quote(&self, order_id: String, currency: Currency) -> Result<Quote, PocketError> {
        let quote: shop::Quote = self
            .inner
            .fetch_now(&format!("{}?currency={currency}", paths::path(paths::ORDER_QUOTE, &[&order_id])))
            .await?;
        Quote::try_from(quote)
    }

    /// Pays an order into escrow with the payment password. Saved in the
    /// outbox (the password in the secret store) before it is sent, and
    /// sent again after a failure or a restart under the same idempotency
    /// key: it is charged once. A refusal is final and never resent.
    pub async fn pay(
        &self,
        order_id: String,
        source: PaySource,
        payment_password: String,
    ) -> Result<PaymentOutcome, PocketError> {
        check_six_digits(&payment_password)?;
        let paid_from = match &source {
            PaySource::Balance { currency } => format!("the {currency} balance"),
            PaySource::Card { .. } => "a card".to_string(),
        };
        let request = PayRequest { payment_password, source, one_time_code: None };
        let (body, secrets) = body_and_secrets(&request, &["payment_password"])?;
        let price = self.saved_order(&order_id).map(|order| order.price);
        let price_words = price.map(|price| format!("{price} ")).unwrap_or_default();
        let action = NewAction {
            kind: ActionKind::Pay,
            method: Method::POST,
            path: paths::path(paths::ORDER_PAY, &[&order_id]),
            body,
            secrets,
            summary: format!("Pay {price_words}for order {order_id} from {paid_from}"),
            reference: Some(order_id.clone()),
            amount: price,
        };
        match self.inner.submit(action).await? {
            Accepted::Done { order, .. } => Ok(PaymentOutcome::Paid { order: answered_order(order)? }),
            Accepted::NeedsCode { action_id } => Ok(PaymentOutcome::NeedsOneTimeCode { action_id }),
            Accepted::ChargeAwaiting { action_id, confirmation_url } => {
                Ok(PaymentOutcome::AwaitingCharge { action_id, confirmation_url })
            }
        }
    }

    /// Completes a card payment that asked for the one-time code sent by
    /// SMS: the paid order.
    pub async fn complete_payment_with_code(&self, action_id: String, code: String) -> Result<Order, PocketError> {
        let (_, order) = self.inner.submit_code(&action_id, &code).await?;
        answered_order(order)
    }

    /// The shopper's orders, newest first, with tracking and escrow.
    pub async fn orders(&self) -> Result<OrdersScreen, PocketError> {
        let (mut orders, freshness) =
            self.inner.screen_from(screen::ORDERS, paths::ORDERS, decode::<shop::Orders, OrdersScreen>).await?;
        orders.freshness = freshness;
        Ok(orders)
    }

    /// One order, fresh from the service.
    pub async fn order(&self, order_id: String) -> Result<Order, PocketError> {
        let order = self.inner.fetch_now::<Order>(&paths::path(paths::ORDER, &[&order_id])).await?;
        self.inner.keep_order(&order);
        Ok(order)
    }

    /// Confirms the parcel arrived: the escrow goes to the seller.
    pub async fn confirm_receipt(&self, order_id: String) -> Result<Order, PocketError> {
        self.order_action(ActionKind::ConfirmReceipt, &order_id, paths::ORDER_CONFIRM_RECEIPT, "Confirm receipt of")
            .await
    }

    /// Cancels an order not yet shipped: a full refund.
    pub async fn cancel_order(&self, order_id: String) -> Result<Order, PocketError> {
        self.order_action(ActionKind::CancelOrder, &order_id, paths::ORDER_CANCEL, "Cancel").await
    }

    /// Opens a dispute while the order is shipped or delivered and inside
    /// buyer protection.
    pub async fn open_dispute(&self, order_id: String, reason: DisputeReason) -> Result<Order, PocketError> {
        let path = paths::path(paths::ORDER_DISPUTE, &[&order_id]);
        let answer = self.inner.session_call(Method::POST, &path, &DisputeRequest { reason }).await?;
        let order: Order = decode::<shop::Order, _>(answer)?;
        self.inner.keep_order(&order);
        Ok(order)
    }

    /// Chooses where a refund goes: back where the payment came from, or
    /// the Pocket balance.
    pub async fn choose_refund_destination(
        &self,
        order_id: String,
        preference: RefundPreference,
    ) -> Result<Order, PocketError> {
        let path = paths::path(paths::ORDER_REFUND_DESTINATION, &[&order_id]);
        let body = RefundDestinationRequest { preference };
        let order: Order = decode::<shop::Order, _>(self.inner.session_call(Method::PUT, &path, &body).await?)?;
        self.inner.keep_order(&order);
        Ok(order)
    }

    async fn order_action(
        &self,
        kind: ActionKind,
        order_id: &str,
        template: &str,
        verb: &str,
    ) -> Result<Order, PocketError> {
        let action = NewAction {
            kind,
            method: Method::POST,
            path: paths::path(template, &[order_id]),
            body: serde_json::to_value(Empty {}).map_err(PocketError::internal)?,
            secrets: Map::new(),
            summary: format!("{verb} order {order_id}"),
            reference: Some(order_id.to_string()),
            amount: None,
        };
        match self.inner.submit(action).await? {
            Accepted::Done { order, .. } => answered_order(order),
            Accepted::NeedsCode { .. } | Accepted::ChargeAwaiting { .. } => {
                Err(PocketError::internal("an order action never charges a card"))
            }
        }
    }

    /// The parcel rules over the saved catalogue. Lines whose product is not
    /// saved leave the decision to the service.
    fn check_parcels_here(&self, lines: &[CartLine]) -> Result<(), PocketError> {
        let Some(saved) = self.inner.store.screen::<Catalogue>(screen::CATALOGUE)? else {
            return Ok(());
        };
        let mut cart = Cart::new();
        for line in lines {
            let found = saved.value.sellers.iter().find_map(|seller| {
                seller.products.iter().find(|p| p.id == line.product_id).map(|product| (seller, product))
            });
            let Some((seller, product)) = found else {
                return Ok(());
            };
            let item = CartItem {
                product_id: product.id.clone(),
                title: product.title.clone(),
                options: line.options.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                unit_weight_grams: product.unit_weight_grams,
                quantity: line.quantity,
                unit_price: product.price,
                seller_id: seller.id.clone(),
            };
            if cart.add(item).is_err() {
                return Ok(()); // a malformed line: the service names the field
            }
        }
        let Ok(parcels) = cart.parcels_by_seller() else {
            return Ok(());
        };
        let rules = ParcelRules::default();
        let refusals: Vec<ParcelRefusal> = parcels.iter().filter_map(|parcel| rules.check(parcel).err()).collect();
        if refusals.is_empty() {
            return Ok(());
        }
        let explanation = refusals.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
        Err(PocketError::ParcelNotEligible { refusals, explanation })
    }

    fn saved_order(&self, order_id: &str) -> Option<Order> {
        let saved = self.inner.store.screen::<OrdersScreen>(screen::ORDERS).ok().flatten()?;
        saved.value.orders.into_iter().find(|order| order.id == order_id)
    }
}

/// The order a payment's or an order action's answer carried (read once,
/// where the outbox took the answer).
fn answered_order(order: Option<Order>) -> Result<Order, PocketError> {
    order.ok_or_else(|| PocketError::internal("the service's answer carried no order"))
}

/// The card as the app keeps it: its token goes to the secret store only,
/// never into a view the phone saves.
fn without_token(card: Card) -> Card {
    Card { token: None, ..card }
}
