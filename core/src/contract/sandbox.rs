//! The sandbox's answers (served only with `--sandbox`).

use chrono::{DateTime, Utc};

use super::wire;
use crate::limits::VerificationLevel;
use crate::money::Money;

wire! {
    /// `GET /v1/sandbox/clock`.
    pub struct Clock {
        /// The sandbox's now.
        pub now: DateTime<Utc>,
        /// How far ahead of the real clock.
        pub offset_seconds: i64,
    }
}

wire! {
    /// `POST /v1/sandbox/clock/advance`.
    pub struct ClockAdvanced {
        /// The sandbox's now.
        pub now: DateTime<Utc>,
        /// How far ahead of the real clock.
        pub offset_seconds: i64,
        /// Top-ups that arrived on the way.
        pub top_ups_settled: u64,
        /// Orders whose protection ended on the way.
        pub orders_completed: u64,
    }
}

wire! {
    /// An email or SMS the service sent.
    pub struct SentMessage {
        /// `email` or `sms`.
        pub channel: String,
        /// The address or number.
        pub recipient: String,
        /// The subject.
        pub subject: String,
        /// The text.
        pub body: String,
        /// The link token or one-time code it carried.
        pub code: Option<String>,
        /// When.
        pub sent_at: DateTime<Utc>,
    }
}

wire! {
    /// A test card as the sandbox's processor tokenized it, in the shape of
    /// Stripe's PaymentMethod.
    pub struct SandboxPaymentMethod {
        /// The payment-method id the phone gives the service.
        pub id: String,
        /// `payment_method`.
        pub object: String,
        /// `card`.
        #[serde(rename = "type")]
        pub kind: String,
        /// What the processor keeps of the card.
        pub card: SandboxCardDetails,
    }
}

wire! {
    /// A tokenized test card's details: never its number.
    pub struct SandboxCardDetails {
        /// `visa`, `mastercard`, ...
        pub brand: String,
        /// The last four digits.
        pub last4: String,
        /// The expiry's month.
        pub exp_month: u32,
        /// The expiry's year, four digits.
        pub exp_year: u32,
    }
}

wire! {
    /// `GET /v1/sandbox/messages`.
    pub struct SentMessages {
        /// Newest first, at most 50.
        pub messages: Vec<SentMessage>,
    }
}

wire! {
    /// `POST /v1/sandbox/users/{user_id}/backdate`.
    pub struct Backdated {
        /// The account.
        pub user_id: String,
        /// Its new sign-up time.
        pub signed_up_at: DateTime<Utc>,
        /// Its age now.
        pub account_age_days: u32,
    }
}

wire! {
    /// `POST /v1/sandbox/users/{user_id}/verify-identity`.
    pub struct IdentityVerified {
        /// The account.
        pub user_id: String,
        /// `identity_verified`.
        pub level: VerificationLevel,
    }
}

wire! {
    /// `POST /v1/sandbox/grant` (201).
    pub struct Granted {
        /// The account.
        pub user_id: String,
        /// What was credited.
        pub granted: Money,
    }
}

wire! {
    /// What the ledger check looked at and found.
    pub struct LedgerReport {
        /// Accounts checked.
        pub accounts: i64,
        /// Journals checked.
        pub journals: i64,
        /// Legs checked.
        pub legs: i64,
        /// Every broken invariant, in words.
        pub breaks: Vec<String>,
    }
}

wire! {
    /// `GET /v1/admin/ledger/check`.
    pub struct LedgerCheck {
        /// No broken invariant.
        pub healthy: bool,
        /// The details.
        pub report: LedgerReport,
    }
}

wire! {
    /// A push the service queued for a phone.
    pub struct QueuedPush {
        /// FCM or APNs.
        pub platform: super::wallet::PushPlatform,
        /// The phone's push token.
        pub token: String,
        /// The notification's kind (`payment`, `support_reply`, ...): the app
        /// opens the screen for it when the push is tapped.
        pub kind: String,
        /// The order, top-up, transfer or case it is about.
        pub reference: String,
        /// Its title, in the shopper's language.
        pub title: String,
        /// The text shown, in the shopper's language, as the app's feed says it.
        pub body: String,
        /// When it was queued.
        pub queued_at: DateTime<Utc>,
    }
}

wire! {
    /// `GET /v1/sandbox/pushes?user_id=...`: newest first.
    pub struct QueuedPushes {
        /// The pushes.
        pub pushes: Vec<QueuedPush>,
    }
}
