//! Where the shopper can go without an id: the screens a tap opens and the
//! bottom tabs. Below every flow, so a flow can send the shopper somewhere
//! without knowing the flow that lives there.

/// A screen that needs no id to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum Destination {
    SignUp,
    SignIn,
    Home,
    Limits,
    TopUp,
    Cards,
    AddCard,
    Catalogue,
    Cart,
    Orders,
    History,
    Transfer,
    Notifications,
    Settings,
    Verification,
    Support,
}

/// The four tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Tab {
    /// Balances, limits, shortcuts.
    Home,
    /// The catalogue and the cart.
    Shop,
    /// Orders.
    Orders,
    /// Profile and settings.
    Profile,
}
