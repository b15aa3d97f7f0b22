//! The building blocks every screen's view is made of: fields, buttons,
//! lines, choices, dialogs, the problem shown. Plain data a shell draws as
//! it is; no flow is named here, so every flow can use them.

/// Something that did not happen, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProblemView {
    /// A stable name (`wrong_payment_password`, `per_day`): for tests.
    pub code: String,
    /// A short title.
    pub title: String,
    /// What happened.
    pub message: String,
    /// What to do.
    pub hint: Option<String>,
    /// The form field at fault, if one is.
    pub field: Option<String>,
    /// The figures: the limit, what is left, when it resets, what raises it.
    pub figures: Vec<FigureView>,
    /// The label of the button that closes it.
    pub dismiss_label: String,
    /// A second button that leads to the fix ("Verify your identity"):
    /// it sends `UiEvent::FollowProblem`.
    pub action: Option<String>,
}

/// A labelled figure.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FigureView {
    /// "Left today".
    pub label: String,
    /// "$80.00".
    pub value: String,
}

/// A text field. Its text is the shell's while the shopper types; the
/// event that submits the form carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldView {
    /// The label.
    pub label: String,
    /// The text to start from (what was submitted last; never a secret).
    pub value: String,
    /// A hint under the field ("6 digits").
    pub hint: Option<String>,
    /// What is wrong with it, after a submit.
    pub error: Option<String>,
    /// The keyboard and masking to use.
    pub input: InputKind,
    /// What the platform's autofill may offer here (a saved password, the
    /// SMS's code, a card); `None` for what it must not fill (the payment
    /// password).
    pub autofill: Option<Autofill>,
    /// False while the form is being sent.
    pub enabled: bool,
}

/// What a field holds, for the platform's autofill (Android's content types,
/// iOS's text content types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Autofill {
    /// The email an account signs in with.
    Email,
    /// The password of an account being signed in to.
    Password,
    /// A new password, for a password manager to suggest and save.
    NewPassword,
    /// A one-time code that came by SMS or email.
    OneTimeCode,
    /// A card's number.
    CardNumber,
    /// A card's expiry.
    CardExpiry,
    /// A given name.
    GivenName,
    /// A family name.
    FamilyName,
    /// A postal address.
    Address,
    /// A phone number.
    Phone,
}

/// How a field is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum InputKind {
    /// Plain text.
    Text,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
    /// A login password: masked.
    Password,
    /// A secret of digits (payment password, card number): masked, number pad.
    SecretDigits {
        /// The most digits it takes.
        max_length: u32,
    },
    /// Digits shown as typed (a one-time code, an expiry).
    Digits {
        /// The most characters it takes.
        max_length: u32,
    },
    /// An amount of money: the number pad with the decimal mark.
    Amount,
}

/// What a shell shows when the app core could not open (a locked
/// keychain, a full disk): why, in the shopper's language, the technical
/// detail for support, and a button to try again.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OpeningFailedView {
    /// "Pocket could not start".
    pub title: String,
    /// What happened and what to do.
    pub message: String,
    /// The error as the core gave it, for support.
    pub detail: String,
    /// "Try again".
    pub retry: ButtonView,
}

/// A button.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ButtonView {
    /// The label.
    pub label: String,
    /// Whether it can be tapped.
    pub enabled: bool,
    /// Its action is under way (show progress on it).
    pub busy: bool,
}

/// The bank's page a card charge waits on (3-D Secure), drawn by the app
/// above the screen ([`AppView::bank_page`]): the shell opens `url` the
/// platform's way (Custom Tabs on Android, an `ASWebAuthenticationSession`
/// on iPhones); the bank sends the shopper back through
/// `pocket://card-confirmed`, which the shell hands to the core as a link.
///
/// [`AppView::bank_page`]: crate::app::ui::AppView::bank_page
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BankPageView {
    /// "Your bank asks you to confirm this payment on its page."
    pub message: String,
    /// "Open your bank's page".
    pub open: ButtonView,
    /// The page.
    pub url: String,
}

/// Where a confirmed payment or top-up is, drawn the same on both screens:
/// the SMS code a card charge waits on, or a note that it is saved on the
/// phone and will be sent by itself. (The bank's page is the app's
/// [`BankPageView`], above the screen.)
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SendingView {
    /// The action being sent: what a [`UiEvent::BankCode`] from this view
    /// carries back, so one event serves the pay and top-up screens.
    ///
    /// [`UiEvent::BankCode`]: crate::app::ui::UiEvent::BankCode
    pub action: CodedAction,
    /// The card's bank sent an SMS code to type.
    pub bank_code: Option<BankCodeView>,
    /// Saved on the phone, or waiting for the bank: "It will be sent by itself".
    pub saved: Option<String>,
}

/// The money actions a card's bank may ask an SMS code for: which flow a
/// [`BankCodeEvent`] goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CodedAction {
    /// Paying an order.
    Pay,
    /// Topping up.
    TopUp,
}

/// What the shopper does with the SMS code a card's bank sent, on the pay
/// and top-up screens alike.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum BankCodeEvent {
    /// "Confirm" with the code from the SMS.
    Submit {
        /// The code.
        code: crate::app::ui::secret_text::SecretText,
    },
    /// "Send a new code": the code expired, was mistyped too often, or
    /// never came.
    Resend,
}

/// The SMS code a card's bank sent, asked for on the pay and top-up
/// screens alike: the field, "Confirm" and "Send a new code".
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BankCodeView {
    /// The code, with its refusal when the bank said no.
    pub code: FieldView,
    /// "Confirm": sends the code.
    pub submit: ButtonView,
    /// "Send a new code": usable while a code is awaited.
    pub resend: ButtonView,
}

/// One of several choices (a rail, a balance, a language).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChoiceView {
    /// What the event that chooses it carries.
    pub id: String,
    /// The label.
    pub label: String,
    /// A second line.
    pub detail: Option<String>,
    /// Chosen now.
    pub selected: bool,
    /// Can be chosen.
    pub enabled: bool,
}

/// A label and a value on one line ("Tracking number  LP00123").
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LineView {
    /// The label.
    pub label: String,
    /// The value.
    pub value: String,
}

/// A dialog that asks before doing something that cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConfirmView {
    /// The question.
    pub title: String,
    /// What will happen.
    pub message: String,
    /// The button that does it.
    pub confirm_label: String,
    /// The button that does not.
    pub cancel_label: String,
    /// Whether it removes or cancels something (drawn in red).
    pub destructive: bool,
}

impl ButtonView {
    /// An enabled, idle button.
    pub(crate) fn new(label: String) -> ButtonView {
        ButtonView { label, enabled: true, busy: false }
    }

    /// A button that is enabled when `enabled`, busy when `busy` (and then
    /// not enabled).
    pub(crate) fn with(label: String, enabled: bool, busy: bool) -> ButtonView {
        ButtonView { label, enabled: enabled && !busy, busy }
    }
}

impl FieldView {
    /// An empty field of `input` kind.
    pub(crate) fn new(label: String, input: InputKind) -> FieldView {
        FieldView { label, value: String::new(), hint: None, error: None, input, autofill: None, enabled: true }
    }

    /// What autofill may offer here.
    pub(crate) fn autofill(mut self, autofill: Autofill) -> FieldView {
        self.autofill = Some(autofill);
        self
    }

    /// With a starting value.
    pub(crate) fn value(mut self, value: impl Into<String>) -> FieldView {
        self.value = value.into();
        self
    }

    /// With a hint.
    pub(crate) fn hint(mut self, hint: String) -> FieldView {
        self.hint = Some(hint);
        self
    }

    /// Disabled while sending.
    pub(crate) fn enabled(mut self, enabled: bool) -> FieldView {
        self.enabled = enabled;
        self
    }
}

impl LineView {
    /// A line.
    pub(crate) fn new(label: String, value: String) -> LineView {
        LineView { label, value }
    }
}

/// A checkbox or switch; tapping it sends the flow's event with the new
/// value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ToggleView {
    /// The label.
    pub label: String,
    /// Ticked now.
    pub checked: bool,
    /// A line under it.
    pub hint: Option<String>,
    /// What stands in the way of the choice ticked, drawn as an error.
    pub error: Option<String>,
    /// Whether it can be changed.
    pub enabled: bool,
}
