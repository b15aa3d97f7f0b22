//! Where a queued message goes: its channel and the address on it, one
//! type from the letter that queues it to the edge that sends it.

/// Where a letter goes: the channel, and the address on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address<'a> {
    /// An email address.
    Email(&'a str),
    /// A phone number, for an SMS.
    Sms(&'a str),
}

impl<'a> Address<'a> {
    /// The channel's name in `sent_messages.channel`.
    pub fn channel(&self) -> &'static str {
        match self {
            Address::Email(_) => "email",
            Address::Sms(_) => "sms",
        }
    }

    /// The address or number.
    pub fn recipient(&self) -> &'a str {
        match self {
            Address::Email(recipient) | Address::Sms(recipient) => recipient,
        }
    }

    /// The address kept in `sent_messages`, read back for sending; `None`
    /// for a channel this service does not know.
    pub fn from_kept(channel: &str, recipient: &'a str) -> Option<Address<'a>> {
        match channel {
            "email" => Some(Address::Email(recipient)),
            "sms" => Some(Address::Sms(recipient)),
            _ => None,
        }
    }
}
