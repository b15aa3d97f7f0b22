//! Ledger accounts, named by a typed key.

use pocket_core::money::Currency;

/// A ledger account. Each has one currency; its balance is credits minus
/// debits (what Pocket owes on it, for the accounts owed to someone).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountKey {
    /// A shopper's spendable balance in one currency.
    UserAvailable {
        /// The shopper.
        user_id: String,
        /// The currency.
        currency: Currency,
    },
    /// A shopper's top-ups on their way (not spendable).
    UserPending {
        /// The shopper.
        user_id: String,
        /// The currency.
        currency: Currency,
    },
    /// Money a shopper's orders hold until they end, in one currency (USD:
    /// orders are priced in it). One account per shopper for all her
    /// orders, not one per order: a payment writes to an account that
    /// exists, and each journal names its order as its reference, so what
    /// one order holds is the sum of its journals' legs here. Not one
    /// account for everyone: on PostgreSQL every payment would then update
    /// one row, and payments of different shoppers would refuse each other
    /// (a shopper's own payments take turns anyway, `Db::claim_shopper`).
    Escrow {
        /// The shopper who paid.
        user_id: String,
        /// The currency.
        currency: Currency,
    },
    /// Money arriving from (or returning to) the outside world on a rail.
    RailClearing {
        /// The rail's name (`bank_transfer`, `sandbox_grant`, ...).
        rail: String,
        /// The currency.
        currency: Currency,
    },
    /// Money charged to (or refunded to) cards at the card processor.
    CardProcessor {
        /// The currency.
        currency: Currency,
    },
    /// What Pocket owes a seller, in USD.
    SellerPayable {
        /// The seller.
        seller_id: String,
    },
    /// Pocket's position in a currency from converting shoppers' balances.
    FxPosition {
        /// The currency.
        currency: Currency,
    },
    /// Fees Pocket earned.
    Fees {
        /// The currency.
        currency: Currency,
    },
}

impl AccountKey {
    /// The account's currency.
    pub fn currency(&self) -> Currency {
        match self {
            AccountKey::UserAvailable { currency, .. }
            | AccountKey::UserPending { currency, .. }
            | AccountKey::RailClearing { currency, .. }
            | AccountKey::CardProcessor { currency }
            | AccountKey::Escrow { currency, .. }
            | AccountKey::FxPosition { currency }
            | AccountKey::Fees { currency } => *currency,
            AccountKey::SellerPayable { .. } => Currency::Usd,
        }
    }

    /// Whether the balance may go below zero. Money owed to someone may not;
    /// the outside world's clearing accounts and FX positions may (they
    /// mirror assets: a top-up arriving makes its rail "owe" Pocket).
    pub fn may_go_negative(&self) -> bool {
        matches!(
            self,
            AccountKey::RailClearing { .. } | AccountKey::CardProcessor { .. } | AccountKey::FxPosition { .. }
        )
    }

    /// The stable text form stored in the database.
    pub fn storage_key(&self) -> String {
        match self {
            AccountKey::UserAvailable { user_id, currency } => format!("user:{user_id}:available:{currency}"),
            AccountKey::UserPending { user_id, currency } => format!("user:{user_id}:pending:{currency}"),
            AccountKey::Escrow { user_id, currency } => format!("escrow:{currency}:{user_id}"),
            AccountKey::RailClearing { rail, currency } => format!("rail:{rail}:{currency}"),
            AccountKey::CardProcessor { currency } => format!("card_processor:{currency}"),
            AccountKey::SellerPayable { seller_id } => format!("seller:{seller_id}:payable"),
            AccountKey::FxPosition { currency } => format!("fx:{currency}"),
            AccountKey::Fees { currency } => format!("fees:{currency}"),
        }
    }
}

impl std::fmt::Display for AccountKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.storage_key())
    }
}
