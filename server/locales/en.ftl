# The emails and SMS the service sends, in English. Each message is the
# body; `.subject` is the email's subject (or the SMS's label in the
# sandbox). Every other language words the same messages with the same
# placeholders (a test checks it).

email-confirm = Confirm your Pocket account: { $link } (valid for { $hours } hours)
    .subject = Confirm your email
email-sign-up-attempt = Someone tried to create a Pocket account with this email, which already has one. If it was you, sign in with your password. If it was not, you need do nothing: your account is unchanged.
    .subject = Someone tried to register with your email
email-reset-password = Someone asked to reset the password of your Pocket account. To choose a new one, open { $link } within { $minutes } minutes; every phone signed in to the account will be signed out. If it was not you, ignore this email: your password is unchanged.
    .subject = Reset your Pocket password
email-password-changed = The password of your Pocket account was changed, and every phone signed in to it was signed out. If it was not you, reset it again at once from the sign-in screen.
    .subject = Your Pocket password was changed
email-recover-payment-password = To choose a new payment password, open { $link } within { $minutes } minutes and answer your security questions. If it was not you, someone is signed in to your account: change your login password and sign out everywhere from Settings.
    .subject = Recover your payment password
email-payment-password-changed = The payment password of your Pocket account was changed with your security answers. If it was not you, change your login password and sign out everywhere from Settings at once.
    .subject = Your payment password was changed
sms-code-card-payment = Your Pocket code is { $code }. It confirms a card payment and works for { $minutes } minutes. Nobody from Pocket will ask you for it.
    .subject = Payment code
sms-code-card-top-up = Your Pocket code is { $code }. It confirms a top-up from your card and works for { $minutes } minutes. Nobody from Pocket will ask you for it.
    .subject = Top-up code
