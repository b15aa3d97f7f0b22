//! Fixtures for the app's state: a shopper, a wallet, a catalogue, cards,
//! orders; a model opened on them; and helpers that drive `update` as a
//! shell would. Shared by the `update` tests and the gallery of views.

#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};

use super::event::UiEvent;
use super::model::Model;
use super::render::view;
use super::task::{Done, Task};
use super::text::Texts;
use super::update::{update, Input, Opened};
use super::view::AppView;
use super::SecretText;
use crate::app::*;
use crate::cards::{CardBrand, CardStatus};
use crate::contract::service::ErrorKind;
use crate::contract::shop::PaymentMethod;
use crate::limits::{Ceilings, LimitMethod, LimitRaise, LimitRefusal, LimitRule, LimitSummary, VerificationLevel};
use crate::money::{Currency, Money};
use crate::orders::{BuyerAction, OrderStatus, RefundPreference};
use crate::topup::TopUpRail;

pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 15, 0, 0).unwrap()
}

pub(crate) fn usd(text: &str) -> Money {
    Money::parse(text, Currency::Usd).unwrap()
}

pub(crate) fn rub(text: &str) -> Money {
    Money::parse(text, Currency::Rub).unwrap()
}

pub(crate) fn fresh() -> Freshness {
    Freshness { fetched_at: Some(now()), stale: false }
}

pub(crate) fn profile() -> Profile {
    Profile {
        shopper: crate::contract::accounts::Profile {
            user_id: "usr_1".into(),
            email: "maria@example.com".into(),
            given_name: "Maria".into(),
            family_name: "Souza".into(),
            country: "BR".into(),
            language: "en".into(),
            level: VerificationLevel::EmailConfirmed,
            signed_up_at: now() - chrono::Duration::days(12),
            account_age_days: 12,
            has_payment_password: true,
            security_questions: vec![
                "What was the name of your first pet?".into(),
                "In which city were you born?".into(),
                "What was the name of your first school?".into(),
            ],
        },
        freshness: fresh(),
    }
}

/// The fixture's shopper, changed by `edit`.
pub(crate) fn profile_where(edit: impl FnOnce(&mut Profile)) -> Profile {
    let mut profile = profile();
    edit(&mut profile);
    profile
}

pub(crate) fn summary(method: LimitMethod, per_payment: &str, left_today: &str, left_month: &str) -> LimitSummary {
    LimitSummary {
        method,
        ceilings: Ceilings { per_payment: usd(per_payment), per_day: usd("300.00"), per_month: usd("1000.00") },
        left_today: usd(left_today),
        left_this_month: usd(left_month),
        day_frees_at: None,
        month_frees_at: None,
    }
}

pub(crate) fn wallet() -> WalletScreen {
    WalletScreen {
        balances: vec![
            Balance { currency: Currency::Usd, available: usd("150.00"), pending: usd("30.00") },
            Balance { currency: Currency::Rub, available: rub("12345.50"), pending: rub("0") },
        ],
        limits: Limits {
            level: VerificationLevel::EmailConfirmed,
            account_age_days: 12,
            limits: vec![
                summary(LimitMethod::Balance, "200.00", "220.00", "920.00"),
                summary(LimitMethod::Card, "100.00", "200.00", "500.00"),
                summary(LimitMethod::TopUp(TopUpRail::BankTransfer), "1000.00", "1000.00", "2000.00"),
            ],
        },
        top_ups: vec![TopUp {
            id: "top_1".into(),
            rail: TopUpRail::BankTransfer,
            provider: None,
            amount: usd("30.00"),
            amount_usd: usd("30.00"),
            status: TopUpStatus::Pending,
            awaiting_payment: false,
            expected_by: Some(Utc.with_ymd_and_hms(2026, 12, 1, 23, 59, 0).unwrap()),
            created_at: now(),
            settled_at: None,
        }],
        pending_actions: Vec::new(),
        freshness: fresh(),
    }
}

pub(crate) fn product(id: &str, title: &str, grams: u32, price: &str, options: &[(&str, &[&str])]) -> Product {
    Product {
        id: id.into(),
        title: title.into(),
        price: usd(price),
        unit_weight_grams: grams,
        options: options.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect(),
    }
}

pub(crate) fn catalogue() -> Catalogue {
    Catalogue {
        sellers: vec![
            Seller {
                id: "sel_cases".into(),
                name: "Shenzhen Cases Co.".into(),
                country: "CN".into(),
                products: vec![product(
                    "prd_case",
                    "Silicone phone case",
                    45,
                    "3.99",
                    &[("model", &["Pixel 8", "iPhone 15"]), ("colour", &["teal", "black"])],
                )],
            },
            Seller {
                id: "sel_home".into(),
                name: "Ningbo Home Goods".into(),
                country: "CN".into(),
                products: vec![product("prd_pan", "Cast iron pan", 2400, "29.00", &[])],
            },
        ],
        freshness: fresh(),
    }
}

pub(crate) fn card(id: &str, last4: &str, status: CardStatus) -> Card {
    Card {
        id: id.into(),
        brand: CardBrand::Visa,
        first4: "4242".into(),
        last4: last4.into(),
        masked: format!("4242 **** **** {last4}"),
        expiry: "12/30".into(),
        status,
        saved: true,
        token: None,
    }
}

pub(crate) fn cards(n: usize) -> CardsScreen {
    CardsScreen {
        cards: (0..n).map(|i| card(&format!("card_{i}"), &format!("000{i}"), CardStatus::Active)).collect(),
        max_cards: 5,
        freshness: fresh(),
    }
}

pub(crate) fn order(id: &str, status: OrderStatus, actions: Vec<BuyerAction>) -> Order {
    Order {
        id: id.into(),
        seller_id: "sel_cases".into(),
        status,
        price: usd("3.99"),
        discount: usd("0"),
        coupon_code: None,
        weight_grams: 45,
        items: vec![OrderItem {
            product_id: "prd_case".into(),
            title: "Silicone phone case".into(),
            options: BTreeMap::from([("model".into(), "Pixel 8".into()), ("colour".into(), "teal".into())]),
            quantity: 1,
            unit_price: usd("3.99"),
            unit_weight_grams: 45,
        }],
        delivery_address: "Rua Augusta 1500".into(),
        tracking_number: None,
        delivered_at: None,
        protection_ends_at: None,
        dispute_reason: None,
        refund_preference: RefundPreference::SameAsPayment,
        held: if status == OrderStatus::Created { usd("0") } else { usd("3.99") },
        refunded: usd("0"),
        released: usd("0"),
        available_actions: actions,
        created_at: now(),
        receipt: (status != OrderStatus::Created).then(|| receipt(id)),
    }
}

pub(crate) fn receipt(order_id: &str) -> Receipt {
    Receipt {
        payment_id: "pay_1".into(),
        order_id: order_id.into(),
        method: PaymentMethod::Balance,
        card: None,
        paid: usd("3.99"),
        amount_usd: usd("3.99"),
        fx_rate: None,
        paid_at: now(),
    }
}

pub(crate) fn pending(id: &str, kind: &str, reference: &str, state: PendingState) -> PendingAction {
    PendingAction {
        id: id.into(),
        kind: ActionKind::from_name(kind).expect("a fixture names an action kind"),
        reference: Some(reference.into()),
        amount: Some(usd("3.99")),
        state,
        confirmation_url: None,
        attempts: 1,
        last_error: Some("the service could not be reached".into()),
        created_at: now(),
    }
}

// ---- driving --------------------------------------------------------------

pub(crate) fn new_model(locale: &str) -> Model {
    Model::new(Texts::new(locale, "America/Sao_Paulo"), Some("BR".into()), now())
}

pub(crate) fn screens() -> SavedScreens {
    SavedScreens {
        profile: Some(profile()),
        wallet: Some(wallet()),
        cards: Some(cards(1)),
        catalogue: Some(catalogue()),
        orders: Some(OrdersScreen { orders: Vec::new(), freshness: fresh() }),
        notifications: Some(NotificationsScreen { notifications: Vec::new(), freshness: fresh() }),
    }
}

/// A signed-in shopper on the home screen with saved data.
pub(crate) fn signed_in() -> Model {
    signed_in_in("en-US")
}

/// The same, with the phone in `locale` (the profile in its language).
pub(crate) fn signed_in_in(locale: &str) -> Model {
    let mut model = new_model(locale);
    let opened = Opened { signed_in: true, screens: screens(), pending: Vec::new(), saved: None };
    update(&mut model, Input::Opened(Box::new(opened)), now());
    model
}

pub(crate) fn signed_out() -> Model {
    let mut model = new_model("en-US");
    let opened = Opened { signed_in: false, screens: SavedScreens::default(), pending: Vec::new(), saved: None };
    update(&mut model, Input::Opened(Box::new(opened)), now());
    model
}

pub(crate) fn send(model: &mut Model, event: UiEvent) -> Vec<Task> {
    update(model, Input::Ui(event), now())
}

pub(crate) fn done(model: &mut Model, done: Done) -> Vec<Task> {
    update(model, Input::Done(done), now())
}

pub(crate) fn engine(model: &mut Model, event: PocketEvent) -> Vec<Task> {
    update(model, Input::Engine(event), now())
}

/// The view, after checking that every text it needed exists.
pub(crate) fn look(model: &Model) -> AppView {
    let view = view(model);
    assert_eq!(model.texts.missing(), Vec::<String>::new(), "texts missing from the locale file");
    view
}

pub(crate) fn secret(text: &str) -> SecretText {
    SecretText::new(text)
}

pub(crate) fn paying(model: &mut Model) {
    done(model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])])));
}

/// Chooses the USD balance on the pay screen (which `paying` opened), and
/// the quote comes back refused: $250.00 is over the $200.00 limit for one
/// payment, which `how_to_raise` raises.
pub(crate) fn quote_over_the_limit(model: &mut Model, how_to_raise: LimitRaise) {
    let choice = super::flows::PaymentChoice::Balance { currency: Currency::Usd };
    send(model, UiEvent::Pay { event: super::flows::PayEvent::Choose { choice } });
    let refusal = LimitRefusal {
        method: LimitMethod::Balance,
        rule: LimitRule::PerPayment,
        amount: usd("250.00"),
        ceiling: usd("200.00"),
        left: usd("200.00"),
        resets_at: None,
        how_to_raise: Some(how_to_raise),
    };
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("250.00"),
        pay: usd("250.00"),
        rate_usd_per_unit: None,
        limits: QuoteLimits::Refused { refusal },
    };
    done(model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Usd, result: Ok(quote) });
}

pub(crate) fn refused(
    code: &str,
    field: Option<&str>,
    attempts_left: Option<u32>,
    until: Option<DateTime<Utc>>,
) -> PocketError {
    PocketError::Refused {
        kind: ErrorKind::Forbidden,
        code: code.into(),
        explanation: code.into(),
        field: field.map(str::to_string),
        until,
        attempts_left,
    }
}

macro_rules! screen {
    ($model:expr, $variant:ident) => {
        match $crate::app::ui::fixtures::look(&$model).screen {
            $crate::app::ui::view::Screen::$variant { view } => view,
            other => panic!("expected the {} screen, got {other:?}", stringify!($variant)),
        }
    };
}

pub(crate) use screen;
