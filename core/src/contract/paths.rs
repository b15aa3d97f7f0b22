//! Where the API is: every path, named once. The service routes these
//! templates; the phone fills them with [`path`] to call them. A path
//! renamed on one side no longer compiles on the other.

/// The header every request that moves money carries: the key the phone
/// saved before sending, so a retry is answered, never run twice.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// The longest Idempotency-Key accepted (1 to this many visible ASCII
/// characters).
pub const MAX_IDEMPOTENCY_KEY_CHARS: usize = 255;

/// Set (to `true`) on an answer replayed for an Idempotency-Key seen before.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";

/// Fills a template's `{name}` segments with `values`, in order:
/// `path(ORDER_PAY, &["ord_1"])` is `/v1/orders/ord_1/pay`.
pub fn path(template: &str, values: &[&str]) -> String {
    let mut values = values.iter();
    template
        .split('/')
        .map(|segment| match segment.starts_with('{') {
            true => values.next().copied().unwrap_or(segment),
            false => segment,
        })
        .collect::<Vec<_>>()
        .join("/")
}

// The service.
/// `/v1/health`
pub const HEALTH: &str = "/v1/health";
/// `/v1/openapi.json`
pub const OPENAPI_JSON: &str = "/v1/openapi.json";

// Accounts and sessions.
/// `/v1/accounts`
pub const ACCOUNTS: &str = "/v1/accounts";
/// `/v1/accounts/confirm-email`
pub const ACCOUNTS_CONFIRM_EMAIL: &str = "/v1/accounts/confirm-email";
/// `/v1/accounts/password-reset`
pub const ACCOUNTS_PASSWORD_RESET: &str = "/v1/accounts/password-reset";
/// `/v1/accounts/password-reset/complete`
pub const ACCOUNTS_PASSWORD_RESET_COMPLETE: &str = "/v1/accounts/password-reset/complete";
/// `/v1/accounts/resend-confirmation`
pub const ACCOUNTS_RESEND_CONFIRMATION: &str = "/v1/accounts/resend-confirmation";
/// `/v1/me`
pub const ME: &str = "/v1/me";
/// `/v1/me/payment-password`
pub const ME_PAYMENT_PASSWORD: &str = "/v1/me/payment-password";
/// `/v1/me/payment-password/recovery`
pub const ME_PAYMENT_PASSWORD_RECOVERY: &str = "/v1/me/payment-password/recovery";
/// `/v1/me/payment-password/recovery/complete`
pub const ME_PAYMENT_PASSWORD_RECOVERY_COMPLETE: &str = "/v1/me/payment-password/recovery/complete";
/// `/v1/me/push-tokens`
pub const ME_PUSH_TOKENS: &str = "/v1/me/push-tokens";
/// `/v1/me/push-tokens/unregister`
pub const ME_PUSH_TOKENS_UNREGISTER: &str = "/v1/me/push-tokens/unregister";
/// `/v1/me/security-questions`
pub const ME_SECURITY_QUESTIONS: &str = "/v1/me/security-questions";
/// `/v1/me/verification`
pub const ME_VERIFICATION: &str = "/v1/me/verification";
/// `/v1/sessions`
pub const SESSIONS: &str = "/v1/sessions";
/// `/v1/sessions/current`
pub const SESSIONS_CURRENT: &str = "/v1/sessions/current";

// Money.
/// `/v1/balances`
pub const BALANCES: &str = "/v1/balances";
/// `/v1/limits`
pub const LIMITS: &str = "/v1/limits";
/// `/v1/top-ups`
pub const TOP_UPS: &str = "/v1/top-ups";
/// `/v1/top-ups/{top_up_id}`
pub const TOP_UP: &str = "/v1/top-ups/{top_up_id}";
/// `/v1/transfers`
pub const TRANSFERS: &str = "/v1/transfers";
/// `/v1/history`
pub const HISTORY: &str = "/v1/history";
/// `/v1/notifications`
pub const NOTIFICATIONS: &str = "/v1/notifications";
/// `/v1/fx/rates`
pub const FX_RATES: &str = "/v1/fx/rates";

// Cards.
/// `/v1/cards`
pub const CARDS: &str = "/v1/cards";
/// `/v1/cards/{card_id}`
pub const CARD: &str = "/v1/cards/{card_id}";
/// `/v1/cards/{card_id}/replace`
pub const CARD_REPLACE: &str = "/v1/cards/{card_id}/replace";
/// `/v1/card-processor`: where the phone tokenizes a card.
pub const CARD_PROCESSOR: &str = "/v1/card-processor";
/// `/v1/card-processor/events`: the processor's webhooks.
pub const CARD_PROCESSOR_EVENTS: &str = "/v1/card-processor/events";
/// Where the bank's confirmation page sends the shopper back to the app.
pub const CARD_CONFIRMED_LINK: &str = "pocket://card-confirmed";

// Shopping.
/// `/v1/catalogue`
pub const CATALOGUE: &str = "/v1/catalogue";
/// `/v1/checkout`
pub const CHECKOUT: &str = "/v1/checkout";
/// `/v1/orders/{order_id}`
pub const ORDER: &str = "/v1/orders/{order_id}";
/// `/v1/orders`
pub const ORDERS: &str = "/v1/orders";
/// `/v1/orders/{order_id}/cancel`
pub const ORDER_CANCEL: &str = "/v1/orders/{order_id}/cancel";
/// `/v1/orders/{order_id}/confirm-receipt`
pub const ORDER_CONFIRM_RECEIPT: &str = "/v1/orders/{order_id}/confirm-receipt";
/// `/v1/orders/{order_id}/dispute`
pub const ORDER_DISPUTE: &str = "/v1/orders/{order_id}/dispute";
/// `/v1/orders/{order_id}/pay`
pub const ORDER_PAY: &str = "/v1/orders/{order_id}/pay";
/// `/v1/orders/{order_id}/quote`
pub const ORDER_QUOTE: &str = "/v1/orders/{order_id}/quote";
/// `/v1/orders/{order_id}/receipt`
pub const ORDER_RECEIPT: &str = "/v1/orders/{order_id}/receipt";
/// `/v1/orders/{order_id}/refund-destination`
pub const ORDER_REFUND_DESTINATION: &str = "/v1/orders/{order_id}/refund-destination";
/// `/v1/orders/{order_id}/refund-receipt`
pub const ORDER_REFUND_RECEIPT: &str = "/v1/orders/{order_id}/refund-receipt";

// The marketplace (a partner's API key).
/// `/v1/partner/events`
pub const PARTNER_EVENTS: &str = "/v1/partner/events";
/// `/v1/partner/events/{event_id}/resend`
pub const PARTNER_EVENT_RESEND: &str = "/v1/partner/events/{event_id}/resend";
/// `/v1/partner/orders/{order_id}/cancel`
pub const PARTNER_ORDER_CANCEL: &str = "/v1/partner/orders/{order_id}/cancel";
/// `/v1/partner/orders/{order_id}/deliver`
pub const PARTNER_ORDER_DELIVER: &str = "/v1/partner/orders/{order_id}/deliver";
/// `/v1/partner/orders/{order_id}/refund`
pub const PARTNER_ORDER_REFUND: &str = "/v1/partner/orders/{order_id}/refund";
/// `/v1/partner/orders/{order_id}/ship`
pub const PARTNER_ORDER_SHIP: &str = "/v1/partner/orders/{order_id}/ship";
/// `/v1/partner/sellers`
pub const PARTNER_SELLERS: &str = "/v1/partner/sellers";
/// `/v1/partner/sellers/{seller_id}/products`
pub const PARTNER_SELLER_PRODUCTS: &str = "/v1/partner/sellers/{seller_id}/products";

// Support.
/// `/v1/support/cases`
pub const SUPPORT_CASES: &str = "/v1/support/cases";
/// `/v1/support/cases/{case_id}/messages`
pub const SUPPORT_CASE_MESSAGES: &str = "/v1/support/cases/{case_id}/messages";

// The sandbox (beside an emulator) and the operator.
/// `/v1/admin/ledger/check`
pub const ADMIN_LEDGER_CHECK: &str = "/v1/admin/ledger/check";
/// `/v1/sandbox/clock`
pub const SANDBOX_CLOCK: &str = "/v1/sandbox/clock";
/// `/v1/sandbox/clock/advance`
pub const SANDBOX_CLOCK_ADVANCE: &str = "/v1/sandbox/clock/advance";
/// `/v1/sandbox/grant`
pub const SANDBOX_GRANT: &str = "/v1/sandbox/grant";
/// `/v1/sandbox/messages`
pub const SANDBOX_MESSAGES: &str = "/v1/sandbox/messages";
/// `/v1/sandbox/orders/{order_id}/deliver`
pub const SANDBOX_ORDER_DELIVER: &str = "/v1/sandbox/orders/{order_id}/deliver";
/// `/v1/sandbox/orders/{order_id}/resolve-dispute`
pub const SANDBOX_ORDER_RESOLVE_DISPUTE: &str = "/v1/sandbox/orders/{order_id}/resolve-dispute";
/// `/v1/sandbox/orders/{order_id}/ship`
pub const SANDBOX_ORDER_SHIP: &str = "/v1/sandbox/orders/{order_id}/ship";
/// `/v1/sandbox/processor`: the sandbox's card processor, in Stripe's shape.
pub const SANDBOX_PROCESSOR: &str = "/v1/sandbox/processor";
/// `/v1/sandbox/processor/v1/payment_methods`: it tokenizes a test card.
pub const SANDBOX_PROCESSOR_PAYMENT_METHODS: &str = "/v1/sandbox/processor/v1/payment_methods";
/// `/v1/sandbox/pushes`
pub const SANDBOX_PUSHES: &str = "/v1/sandbox/pushes";
/// `/v1/sandbox/sellers`
pub const SANDBOX_SELLERS: &str = "/v1/sandbox/sellers";
/// `/v1/sandbox/sellers/{seller_id}/products`
pub const SANDBOX_SELLER_PRODUCTS: &str = "/v1/sandbox/sellers/{seller_id}/products";
/// `/v1/sandbox/support/cases/{case_id}/reply`
pub const SANDBOX_SUPPORT_CASE_REPLY: &str = "/v1/sandbox/support/cases/{case_id}/reply";
/// `/v1/sandbox/top-ups/{top_up_id}/pay-boleto`
pub const SANDBOX_TOP_UP_PAY_BOLETO: &str = "/v1/sandbox/top-ups/{top_up_id}/pay-boleto";
/// `POST`: the simulated bank holds a transfer past its date (sandbox only).
pub const SANDBOX_TOP_UP_HOLD: &str = "/v1/sandbox/top-ups/{top_up_id}/hold";
/// `/v1/sandbox/users/{user_id}/backdate`
pub const SANDBOX_USER_BACKDATE: &str = "/v1/sandbox/users/{user_id}/backdate";
/// `/v1/sandbox/users/{user_id}/verify-identity`
pub const SANDBOX_USER_VERIFY_IDENTITY: &str = "/v1/sandbox/users/{user_id}/verify-identity";
/// `/v1/sandbox/verifications/{request_id}/review`
pub const SANDBOX_VERIFICATION_REVIEW: &str = "/v1/sandbox/verifications/{request_id}/review";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_is_filled_segment_by_segment_in_order() {
        assert_eq!(path(ORDER_PAY, &["ord_1"]), "/v1/orders/ord_1/pay");
        assert_eq!(path(SANDBOX_SELLER_PRODUCTS, &["sel_9"]), "/v1/sandbox/sellers/sel_9/products");
        assert_eq!(path(BALANCES, &[]), "/v1/balances");
    }
}
