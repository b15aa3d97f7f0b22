//! `make run`: a scripted shopper session through Pocket's rules, printed.
//!
//! Maria signed up three days ago and confirmed her email. She sets a payment
//! password, adds a card, tops up, fills a cart from two sellers, pays, and
//! gets part of her money back after a dispute. Every refusal printed below
//! is the rules engine's own message.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::{DateTime, Duration, TimeZone, Utc};
use pocket_core::cards::{check_can_bind, CardExpiry, CardNumber, SaveCardChoice};
use pocket_core::limits::{AccountStanding, LimitMethod, LimitPolicy, VerificationLevel};
use pocket_core::money::{Currency, FxRate, Money};
use pocket_core::orders::{
    DisputeReason, FundingSource, Order, OrderEvent, ProtectionPolicy, RefundPreference, Resolution,
};
use pocket_core::parcel::{Cart, CartItem, ParcelRules};
use pocket_core::password::{
    validate_new_payment_password, FailureOutcome, LockoutPolicy, PaymentPasswordGuard, SecretHasher, SecurityAnswers,
};
use pocket_core::topup::{check_top_up, TopUpRail};
use pocket_core::window::Spend;
use rust_decimal::Decimal;

fn main() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let maria = AccountStanding { level: VerificationLevel::EmailConfirmed, signed_up_at: now - Duration::days(3) };
    println!("Pocket: a shopper session, {}", now.format("%A %Y-%m-%d %H:%M UTC"));
    println!("Maria signed up 3 days ago and confirmed her email.\n");

    set_payment_password();
    add_card(now);
    top_up(now);
    let parcels = fill_cart();
    pay_and_protect(&maria, parcels, now);
    pay_from_roubles();
    lock_after_wrong_passwords(now);
}

fn step(title: &str) {
    println!("== {title}");
}

fn outcome<T, E: std::fmt::Display>(what: &str, result: Result<T, E>) -> Option<T> {
    match result {
        Ok(value) => {
            println!("  ok       {what}");
            Some(value)
        }
        Err(error) => {
            println!("  refused  {what}: {error}");
            None
        }
    }
}

fn usd(text: &str) -> Money {
    Money::parse(text, Currency::Usd).expect("amounts in this script are valid")
}

fn set_payment_password() {
    step("Payment password and security questions");
    for (password, confirmation) in
        [("123456", "123456"), ("555123", "555123"), ("381947", "381974"), ("381947", "381947")]
    {
        outcome(
            &format!("password {password} / {confirmation}"),
            validate_new_payment_password(password, confirmation),
        );
    }
    let hasher = SecretHasher::fast_for_tests();
    let answers = [("First pet?", "Rex"), ("Street you grew up on?", "Rua Augusta"), ("Favourite teacher?", "Ms Lima")]
        .map(|(q, a)| (q.to_string(), a.to_string()));
    outcome("two security questions", SecurityAnswers::new(&answers[..2], &hasher));
    outcome("three security questions", SecurityAnswers::new(&answers, &hasher));
    println!();
}

fn add_card(now: DateTime<Utc>) {
    step("Add a card (the \"save this card\" box starts unticked)");
    println!("  save-card default: {:?}", SaveCardChoice::default());
    outcome("card 4242 4242 4242 4241", CardNumber::parse("4242 4242 4242 4241"));
    if let Some(card) = outcome("card 4242 4242 4242 4242", CardNumber::parse("4242 4242 4242 4242")) {
        println!("           shown as {} ({})", card.masked(), card.brand().display_name());
    }
    let expired = CardExpiry::parse("10/26").expect("valid expiry");
    outcome("pay with a card that expired 10/26", expired.can_pay(now.date_naive()));
    outcome("bind a 6th card", check_can_bind(5));
    println!();
}

fn top_up(now: DateTime<Utc>) {
    step("Top up");
    for (rail, amount) in [
        (TopUpRail::BankTransfer, "20.99"),
        (TopUpRail::BankTransfer, "120.00"),
        (TopUpRail::WesternUnion, "5000.01"),
        (TopUpRail::EWallet, "80.00"),
    ] {
        let what = format!("{} of {amount} USD", rail.display_name());
        if outcome(&what, check_top_up(rail, usd(amount), &[], now)).is_some() {
            println!("           arrives: {:?}", rail.expected_arrival(now));
        }
    }
    println!();
}

fn item(seller: &str, title: &str, grams: u32, quantity: u32, price: &str, options: &[(&str, &str)]) -> CartItem {
    CartItem {
        product_id: title.to_lowercase().replace(' ', "-"),
        title: title.to_string(),
        options: options.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<BTreeMap<_, _>>(),
        unit_weight_grams: grams,
        quantity,
        unit_price: usd(price),
        seller_id: seller.to_string(),
    }
}

fn fill_cart() -> Vec<pocket_core::parcel::QualifiedParcel> {
    step("Cart: one parcel per seller, at most 2,000 g and 150.00 USD each");
    let mut cart = Cart::new();
    let items = [
        item("shenzhen-cases", "Phone case", 45, 2, "3.99", &[("colour", "teal")]),
        item("hangzhou-knits", "Wool scarf", 180, 1, "14.50", &[("colour", "rust")]),
        item("ningbo-lamps", "Desk lamp", 1050, 2, "22.00", &[("plug", "EU")]),
    ];
    for item in items {
        cart.add(item).expect("quantities are above zero");
    }
    let rules = ParcelRules::default();
    let mut qualified = Vec::new();
    for parcel in cart.parcels_by_seller().expect("small totals") {
        let what =
            format!("parcel from {} ({} g, {})", parcel.seller_id, parcel.total_weight_grams, parcel.total_value);
        qualified.extend(outcome(&what, rules.check(&parcel)));
    }
    println!();
    qualified
}

fn pay_and_protect(maria: &AccountStanding, parcels: Vec<pocket_core::parcel::QualifiedParcel>, now: DateTime<Utc>) {
    step("Limits, payment and buyer protection");
    let policy = LimitPolicy::default_policy();
    outcome("pay 250.00 USD from the balance", policy.evaluate(maria, LimitMethod::Balance, usd("250.00"), &[], now));
    let mut spent_today = Vec::new();
    for parcel in parcels {
        let parcel = parcel.0;
        let allowed = policy.evaluate(maria, LimitMethod::Balance, parcel.total_value, &spent_today, now);
        let Some(allowed) = outcome(&format!("limits for {}", parcel.total_value), allowed) else { continue };
        println!("           left today {}, this month {}", allowed.left_today, allowed.left_this_month);
        spent_today.push(Spend { at: now, amount: parcel.total_value });

        let disputed = parcel.seller_id == "hangzhou-knits";
        let mut order = Order::new(
            format!("order-{}", parcel.seller_id),
            parcel.seller_id,
            parcel.total_value,
            ProtectionPolicy::default(),
        );
        let mut apply = |event: OrderEvent, at: DateTime<Utc>| {
            let name = event.name();
            if let Some(effects) = outcome(&format!("{} {name}", order.id), order.apply(event, at)) {
                for effect in effects {
                    println!("           ledger: {effect:?}");
                }
            }
        };
        apply(OrderEvent::Pay { funding: FundingSource::PocketBalance }, now);
        apply(OrderEvent::Pay { funding: FundingSource::PocketBalance }, now);
        apply(OrderEvent::Ship { tracking_number: "LP00412345678CN".into() }, now + Duration::days(2));
        apply(OrderEvent::Cancel, now + Duration::days(3));
        apply(OrderEvent::Deliver, now + Duration::days(14));
        if disputed {
            apply(OrderEvent::OpenDispute { reason: DisputeReason::NotAsDescribed }, now + Duration::days(15));
            apply(
                OrderEvent::ChooseRefundDestination { preference: RefundPreference::PocketBalance },
                now + Duration::days(15),
            );
            apply(
                OrderEvent::ResolveDispute { resolution: Resolution::PartialRefund { amount: usd("5.00") } },
                now + Duration::days(18),
            );
        } else {
            apply(OrderEvent::ProtectionExpired, now + Duration::days(20));
            apply(OrderEvent::ProtectionExpired, now + Duration::days(29));
        }
        println!(
            "           {} is {:?}: refunded {}, released {}",
            order.id, order.status, order.refunded, order.released
        );
    }
    println!();
}

fn pay_from_roubles() {
    step("Pay a USD price from a rouble balance (quoted before confirming)");
    let rate =
        FxRate::new(Currency::Rub, Currency::Usd, Decimal::from_str("0.010811").expect("a rate")).expect("valid rate");
    if let Some(quote) = outcome("quote 25.00 USD", rate.quote_to_pay(usd("25.00"))) {
        println!(
            "           pay {} to cover {} (1 RUB = {} USD, rounded up)",
            quote.pay,
            quote.receive,
            rate.to_per_from()
        );
    }
    println!();
}

fn lock_after_wrong_passwords(now: DateTime<Utc>) {
    step("Wrong payment passwords");
    let policy = LockoutPolicy::default();
    let mut guard = PaymentPasswordGuard::default();
    for attempt in 1..=6 {
        if let Err(locked) = guard.check_can_attempt(now) {
            println!("  refused  attempt {attempt}: {locked}");
            continue;
        }
        match guard.record_failure(&policy, now) {
            FailureOutcome::AttemptsLeft { attempts_left } => {
                println!("  wrong    attempt {attempt}: {attempts_left} left")
            }
            FailureOutcome::Locked { until } => println!("  wrong    attempt {attempt}: locked until {until}"),
        }
    }
}
