//! Money: balances, limits, top-ups, transfers, history, notifications,
//! exchange rates, and the SMS code step of a card charge.

use chrono::{DateTime, Utc};

use super::{redacted, request, wire};
use crate::limits::{LimitSummary, VerificationLevel};
use crate::money::{Currency, Money};
#[cfg(feature = "schema")]
use crate::text::{MAX_EMAIL_CHARS, MAX_NOTE_CHARS, MAX_TOKEN_CHARS, PLAIN_TEXT_PATTERN};
use crate::topup::{EWalletProvider, TopUpRail};

wire! {
    /// One currency's balance.
    #[derive(Eq)]
    pub struct Balance {
        /// The currency.
        pub currency: Currency,
        /// Spendable now.
        pub available: Money,
        /// On its way (top-ups not yet arrived).
        pub pending: Money,
    }
}

wire! {
    /// `GET /v1/balances`: USD always, other currencies when held.
    pub struct Balances {
        /// One per currency.
        pub balances: Vec<Balance>,
    }
}

wire! {
    /// `GET /v1/limits`.
    #[derive(Eq)]
    pub struct Limits {
        /// The level the limits follow.
        pub level: VerificationLevel,
        /// The account's age in days (new accounts have lower limits).
        pub account_age_days: u32,
        /// One per method.
        pub limits: Vec<LimitSummary>,
    }
}

wire! {
    /// Where a top-up is.
    pub enum TopUpStatus {
        /// On its way (or, for a Boleto, waiting to be paid).
        Pending,
        /// Arrived in the balance.
        Settled,
        /// Its money never arrived (or was sent back): Pocket's finance
        /// took it off the pending balance, with a reason the shopper read.
        Declined,
        /// A status this version does not know yet: a newer service never
        /// breaks an older phone. The service itself never sends it.
        #[serde(other)]
        #[cfg_attr(feature = "schema", schemars(skip))]
        Unknown,
    }
}

wire! {
    /// A top-up.
    #[derive(Eq)]
    pub struct TopUp {
        /// Its id.
        pub id: String,
        /// The rail.
        pub rail: TopUpRail,
        /// The e-wallet, for the e-wallet rail.
        pub provider: Option<EWalletProvider>,
        /// How much, in the balance's currency.
        pub amount: Money,
        /// Its worth in USD, which the limits count.
        pub amount_usd: Money,
        /// Pending or settled.
        pub status: TopUpStatus,
        /// When it was asked for.
        pub created_at: DateTime<Utc>,
        /// When it is expected to arrive, if the rail says.
        pub expected_by: Option<DateTime<Utc>>,
        /// A Boleto waiting to be paid at a bank.
        pub awaiting_payment: bool,
        /// When it arrived.
        pub settled_at: Option<DateTime<Utc>>,
    }
}

wire! {
    /// `GET /v1/top-ups`.
    pub struct TopUps {
        /// Newest first.
        pub top_ups: Vec<TopUp>,
    }
}

wire! {
    /// Always `one_time_code_required`.
    pub enum CodeStatus {
        /// A code was sent by SMS (or one sent a moment ago still stands).
        OneTimeCodeRequired,
    }
}

wire! {
    /// 202 to a card payment or top-up whose card confirms with an SMS
    /// code: send the same request again, with the code and the same
    /// Idempotency-Key.
    pub struct CodeSent {
        /// `one_time_code_required`.
        pub status: CodeStatus,
        /// What to do next.
        pub message: String,
        /// When the code stops working.
        pub expires_at: DateTime<Utc>,
        /// When a new code may be asked for (the same request without a code).
        pub resend_after: DateTime<Utc>,
    }
}

wire! {
    /// Where a card charge waits.
    pub enum ChargeAwaitingStatus {
        /// The bank asks the shopper to confirm on its page (3-D Secure):
        /// open `confirmation_url` in the platform's browser; it comes back
        /// to the app through `pocket://card-confirmed`.
        BankConfirmationRequired,
        /// The card processor has neither taken nor refused the money yet.
        Processing,
    }
}

wire! {
    /// 202 to a card payment or top-up whose charge is not decided yet:
    /// send the same request again with the same Idempotency-Key (after the
    /// bank's page, or a little later) to get its answer; it is booked once,
    /// whichever comes first, the request or the processor's event.
    pub struct ChargeAwaiting {
        /// What the charge waits for.
        pub status: ChargeAwaitingStatus,
        /// What to do next.
        pub message: String,
        /// The bank's page, when it asks for the shopper.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub confirmation_url: Option<String>,
    }
}

wire! {
    /// `POST /v1/transfers` (201).
    #[derive(Eq)]
    pub struct Transfer {
        /// Its id.
        pub id: String,
        /// The recipient.
        pub to_email: String,
        /// How much.
        pub amount: Money,
        /// The note for the recipient.
        pub note: String,
        /// When it was sent.
        pub created_at: DateTime<Utc>,
    }
}

wire! {
    /// What a notification is about, named on the wire in snake_case
    /// (`payment`, `order_shipped`...). A kind this version does not know
    /// reads as `Other`, so a newer service never breaks an older phone.
    #[derive(Hash)]
    pub enum NotificationKind {
        /// An order was paid.
        Payment,
        /// An order's money came back.
        Refund,
        /// An order's parcel left the seller.
        OrderShipped,
        /// An order's parcel arrived.
        OrderDelivered,
        /// An order completed, was cancelled or went into dispute.
        OrderUpdated,
        /// A top-up's money arrived.
        TopUpSettled,
        /// A top-up's money never arrived, or was sent back: it left the
        /// pending balance.
        TopUpDeclined,
        /// Another shopper sent money.
        TransferReceived,
        /// Money went to another shopper.
        TransferSent,
        /// The identity verification was approved.
        VerificationApproved,
        /// The identity verification was declined.
        VerificationDeclined,
        /// Support answered a case.
        SupportReply,
        /// Support resolved a case.
        SupportResolved,
        /// Support declined a case.
        SupportDeclined,
        /// Compliance froze the account: no money may leave it.
        AccountFrozen,
        /// The account's freeze ended.
        AccountThawed,
        /// A kind this version does not know.
        #[serde(other)]
        Other,
    }
}

/// The part of the app a notification leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationTopic {
    /// An order (paid, refunded, shipped, delivered, updated).
    Order,
    /// The balance, for a settled top-up.
    TopUp,
    /// The history, for a transfer.
    Transfer,
    /// The identity verification.
    Verification,
    /// A support case.
    Support,
    /// Nothing this version knows: the list itself.
    Other,
}

impl NotificationKind {
    const KNOWN: [NotificationKind; 16] = [
        NotificationKind::Payment,
        NotificationKind::Refund,
        NotificationKind::OrderShipped,
        NotificationKind::OrderDelivered,
        NotificationKind::OrderUpdated,
        NotificationKind::TopUpSettled,
        NotificationKind::TopUpDeclined,
        NotificationKind::TransferReceived,
        NotificationKind::TransferSent,
        NotificationKind::VerificationApproved,
        NotificationKind::VerificationDeclined,
        NotificationKind::SupportReply,
        NotificationKind::SupportResolved,
        NotificationKind::SupportDeclined,
        NotificationKind::AccountFrozen,
        NotificationKind::AccountThawed,
    ];

    /// Its wire name (`payment`, `order_shipped`...), as kept in the
    /// service's database and sent in pushes.
    pub fn name(self) -> &'static str {
        match self {
            NotificationKind::Payment => "payment",
            NotificationKind::Refund => "refund",
            NotificationKind::OrderShipped => "order_shipped",
            NotificationKind::OrderDelivered => "order_delivered",
            NotificationKind::OrderUpdated => "order_updated",
            NotificationKind::TopUpSettled => "top_up_settled",
            NotificationKind::TopUpDeclined => "top_up_declined",
            NotificationKind::TransferReceived => "transfer_received",
            NotificationKind::TransferSent => "transfer_sent",
            NotificationKind::VerificationApproved => "verification_approved",
            NotificationKind::VerificationDeclined => "verification_declined",
            NotificationKind::SupportReply => "support_reply",
            NotificationKind::SupportResolved => "support_resolved",
            NotificationKind::SupportDeclined => "support_declined",
            NotificationKind::AccountFrozen => "account_frozen",
            NotificationKind::AccountThawed => "account_thawed",
            NotificationKind::Other => "other",
        }
    }

    /// The kind a wire name names; `Other` for a name this version does
    /// not know (a push from a newer service).
    pub fn from_name(name: &str) -> NotificationKind {
        NotificationKind::KNOWN.into_iter().find(|kind| kind.name() == name).unwrap_or(NotificationKind::Other)
    }

    /// The part of the app it leads to.
    pub fn topic(self) -> NotificationTopic {
        use NotificationKind::*;
        match self {
            Payment | Refund | OrderShipped | OrderDelivered | OrderUpdated => NotificationTopic::Order,
            TopUpSettled | TopUpDeclined => NotificationTopic::TopUp,
            TransferReceived | TransferSent => NotificationTopic::Transfer,
            VerificationApproved | VerificationDeclined => NotificationTopic::Verification,
            SupportReply | SupportResolved | SupportDeclined => NotificationTopic::Support,
            AccountFrozen | AccountThawed => NotificationTopic::Other,
            Other => NotificationTopic::Other,
        }
    }

    /// Whether the shopper's balance changed with it.
    pub fn moves_money(self) -> bool {
        use NotificationKind::*;
        matches!(self, Payment | Refund | TopUpSettled | TopUpDeclined | TransferReceived | TransferSent)
    }
}

wire! {
    /// A notification in the feed.
    #[derive(Eq)]
    pub struct Notification {
        /// Increasing: poll with the last one seen.
        pub id: i64,
        /// What it is about.
        pub kind: NotificationKind,
        /// The sentence.
        pub message: String,
        /// The order, top-up or transfer it is about.
        pub reference: String,
        /// When.
        pub created_at: DateTime<Utc>,
        /// The figures and names in it, for the phone to word it in the
        /// shopper's language (`message` is the service's English).
        #[serde(default)]
        pub facts: NotificationFacts,
    }
}

wire! {
    /// What a notification says, as data.
    #[derive(Default, Eq)]
    pub struct NotificationFacts {
        /// The money it is about.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<Money>,
        /// A parcel's tracking number.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tracking_number: Option<String>,
        /// The other shopper of a transfer (their email).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub counterpart: Option<String>,
        /// Where a refund went: `pocket_balance`, `card` or `top_up_source`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub refund_to: Option<String>,
        /// The top-up a refund went back to, for `top_up_source`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub top_up_id: Option<String>,
        /// That top-up's rail (`bank_transfer`, `e_wallet`, ...).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub rail: Option<String>,
        /// That top-up's e-wallet (`qiwi`, ...), if it came by one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        /// An order's new status (`completed`, `cancelled`, `disputed`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_status: Option<String>,
        /// A person's words: support's reply, a reviewer's reason.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
}

wire! {
    /// `GET /v1/notifications`.
    pub struct Notifications {
        /// Oldest first.
        pub notifications: Vec<Notification>,
    }
}

wire! {
    /// Which way money moved.
    pub enum Direction {
        /// Into the shopper's money.
        In,
        /// Out of it.
        Out,
        /// Between the shopper's own balances (a top-up arriving).
        Settled,
    }
}

wire! {
    /// What a movement was paid from or refunded to.
    pub enum MovementSource {
        /// A Pocket balance.
        Balance,
        /// A card.
        Card,
        /// The bank, wallet or service a top-up came from (a refund sent
        /// back there).
        TopUpSource,
    }
}

wire! {
    /// Why money moved: the code of a ledger journal, named on the wire in
    /// snake_case (`payment`, `top_up`...). A code this version does not
    /// know reads as `Other`.
    #[derive(Hash)]
    pub enum JournalCode {
        /// A top-up arrived (or, on a slow rail, started: pending).
        TopUp,
        /// A pending top-up settled and became spendable.
        TopUpSettled,
        /// A pending top-up was declined: its money never arrived or was
        /// sent back, and it left the pending balance.
        TopUpDeclined,
        /// An order was paid into escrow.
        Payment,
        /// Escrow was released to the seller.
        EscrowRelease,
        /// Escrow was refunded to the buyer.
        Refund,
        /// A transfer between shoppers.
        Transfer,
        /// Sandbox only: money granted to a developer's test account.
        SandboxGrant,
        /// A code this version does not know.
        #[serde(other)]
        Other,
    }
}

impl JournalCode {
    const KNOWN: [JournalCode; 8] = [
        JournalCode::TopUp,
        JournalCode::TopUpSettled,
        JournalCode::TopUpDeclined,
        JournalCode::Payment,
        JournalCode::EscrowRelease,
        JournalCode::Refund,
        JournalCode::Transfer,
        JournalCode::SandboxGrant,
    ];

    /// Its wire name, as the ledger keeps it (`payment`, `top_up`...).
    pub fn name(self) -> &'static str {
        match self {
            JournalCode::TopUp => "top_up",
            JournalCode::TopUpSettled => "top_up_settled",
            JournalCode::TopUpDeclined => "top_up_declined",
            JournalCode::Payment => "payment",
            JournalCode::EscrowRelease => "escrow_release",
            JournalCode::Refund => "refund",
            JournalCode::Transfer => "transfer",
            JournalCode::SandboxGrant => "sandbox_grant",
            JournalCode::Other => "other",
        }
    }

    /// The code a kept name names; `Other` for one this version does not
    /// know.
    pub fn from_name(name: &str) -> JournalCode {
        JournalCode::KNOWN.into_iter().find(|code| code.name() == name).unwrap_or(JournalCode::Other)
    }
}

wire! {
    /// One movement of the shopper's money.
    #[derive(Eq)]
    pub struct HistoryEntry {
        /// The ledger journal.
        pub journal_id: i64,
        /// Why money moved.
        pub kind: JournalCode,
        /// The order, top-up or transfer.
        pub reference: String,
        /// When.
        pub at: DateTime<Utc>,
        /// How much.
        pub amount: Money,
        /// In, out, or settled.
        pub direction: Direction,
        /// The receipt's path, for a payment.
        pub receipt: Option<String>,
        /// Balance or card.
        pub source: MovementSource,
    }
}

wire! {
    /// `GET /v1/history`.
    pub struct History {
        /// Newest first.
        pub entries: Vec<HistoryEntry>,
    }
}

wire! {
    /// One exchange rate.
    pub struct Rate {
        /// The currency.
        pub currency: Currency,
        /// USD per one unit of it, as a decimal string.
        pub usd_per_unit: String,
    }
}

wire! {
    /// `GET /v1/fx/rates`.
    pub struct Rates {
        /// Always `USD`.
        pub base: Currency,
        /// One per currency.
        pub rates: Vec<Rate>,
    }
}

wire! {
    /// Where a push goes.
    #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
    pub enum PushPlatform {
        /// Firebase Cloud Messaging (Android).
        Fcm,
        /// Apple Push Notification service (iPhone).
        Apns,
    }
}

wire! {
    /// `POST /v1/me/push-tokens` (201): this phone gets a push for every
    /// notification from now on.
    pub struct PushTokenRegistered {
        /// Always true.
        pub registered: bool,
    }
}

request! {
    /// `POST /v1/top-ups`. Its `Debug` hides the SMS code.
    pub struct TopUpRequest {
        /// The rail.
        pub rail: TopUpRail,
        /// How much, in the balance's currency.
        pub amount: Money,
        /// Which e-wallet, for the e-wallet rail.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<EWalletProvider>,
        /// Which card, for the bank card rail.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TOKEN_CHARS)))]
        pub card_id: Option<String>,
        /// The SMS code, when the card asks for one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub one_time_code: Option<String>,
    }
}

impl std::fmt::Debug for TopUpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TopUpRequest")
            .field("rail", &self.rail)
            .field("amount", &self.amount)
            .field("provider", &self.provider)
            .field("card_id", &self.card_id)
            .finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/transfers`. Its `Debug` hides the password.
    pub struct TransferRequest {
        /// The recipient's email.
        #[cfg_attr(feature = "schema", schemars(length(min = 3, max = MAX_EMAIL_CHARS)))]
        pub to_email: String,
        /// How much, from the balance in that currency.
        pub amount: Money,
        /// The 6-digit payment password.
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub payment_password: String,
        /// A note for the recipient.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(max = MAX_NOTE_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub note: String,
    }
}

impl std::fmt::Debug for TransferRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransferRequest")
            .field("to_email", &self.to_email)
            .field("amount", &self.amount)
            .finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/me/push-tokens`.
    pub struct RegisterToken {
        /// FCM or APNs.
        pub platform: PushPlatform,
        /// The token the platform gave the phone.
        #[cfg_attr(feature = "schema", schemars(length(min = 8, max = MAX_TOKEN_CHARS), pattern(r"^[A-Za-z0-9:_.-]+$")))]
        pub token: String,
    }
}

impl std::fmt::Debug for RegisterToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterToken").field("platform", &self.platform).finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/me/push-tokens/unregister`.
    pub struct UnregisterToken {
        /// The token registered before.
        #[cfg_attr(feature = "schema", schemars(length(min = 8, max = MAX_TOKEN_CHARS), pattern(r"^[A-Za-z0-9:_.-]+$")))]
        pub token: String,
    }
}

impl std::fmt::Debug for UnregisterToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "UnregisterToken")
    }
}

#[cfg(test)]
mod notification_kinds {
    use super::*;

    #[test]
    fn every_kind_keeps_its_wire_name_both_ways() {
        for kind in NotificationKind::KNOWN {
            assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::json!(kind.name()));
            assert_eq!(serde_json::from_value::<NotificationKind>(serde_json::json!(kind.name())).unwrap(), kind);
            assert_eq!(NotificationKind::from_name(kind.name()), kind);
        }
    }

    #[test]
    fn a_kind_from_a_newer_service_reads_as_other_and_leads_to_the_list() {
        let wire = serde_json::json!({
            "id": 9, "kind": "loyalty_points", "message": "You earned points",
            "reference": "lp_1", "created_at": "2026-12-06T10:00:00Z"
        });

        let notification: Notification = serde_json::from_value(wire).expect("an unknown kind is not an error");

        assert_eq!(notification.kind, NotificationKind::Other);
        assert_eq!(notification.kind.topic(), NotificationTopic::Other);
        assert_eq!(NotificationKind::from_name("loyalty_points"), NotificationKind::Other);
    }

    #[test]
    fn only_kinds_that_change_the_balance_move_money() {
        let moving: Vec<_> = NotificationKind::KNOWN.into_iter().filter(|kind| kind.moves_money()).collect();
        assert_eq!(
            moving,
            [
                NotificationKind::Payment,
                NotificationKind::Refund,
                NotificationKind::TopUpSettled,
                NotificationKind::TopUpDeclined,
                NotificationKind::TransferReceived,
                NotificationKind::TransferSent
            ]
        );
    }

    #[test]
    fn every_journal_code_keeps_its_wire_name_both_ways() {
        for code in JournalCode::KNOWN {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(code.name()));
            assert_eq!(JournalCode::from_name(code.name()), code);
        }
        assert_eq!(serde_json::from_value::<JournalCode>(serde_json::json!("cashback")).unwrap(), JournalCode::Other);
    }
}
