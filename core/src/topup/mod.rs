//! Top-ups (docs/PRODUCT.md section 5): the rails, their limits per top-up,
//! Boleto's monthly cap, and when the money arrives.
//!
//! | rail | min | max | arrives |
//! |---|---|---|---|
//! | bank card | 1 USD | the account's card limit | instantly |
//! | bank transfer | 21 USD | 100,000,000 USD | by the end of the 7th business day |
//! | Western Union | 21 USD | 5,000 USD | by the end of the 3rd business day |
//! | e-wallet | 1 USD | 5,000 USD | instantly |
//! | Boleto | 1 USD | 3,000 USD per 30 days | when the slip is paid |

mod business_days;
mod rails;

pub use business_days::{add_business_days, is_business_day};
pub use rails::{check_top_up, Arrival, EWalletProvider, RailName, RailRules, Settlement, TopUpError, TopUpRail};
