# Pocket's texts in English: complete. Every other language falls back to
# this file for a message it lacks. Arguments are already formatted
# (amounts, dates) unless a plural form selects on them.

language-name = English
app-name = Pocket
back = Back

## Formats of this locale: numbers, money, weights, dates.

format-decimal = .
format-group = ,
format-money = { $symbol }{ $amount }
format-grams = { $grams } g
format-date = { $month } { $day }, { $year }
format-time = { $hour12 }:{ $minute } { $ampm }
format-date-time = { $date }, { $time }
time-am = AM
time-pm = PM
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun

currency-USD = $
currency-EUR = €
currency-GBP = £
currency-JPY = ¥
currency-CNY = CN¥
currency-RUB = ₽
currency-BRL = R$
currency-KRW = ₩
currency-INR = ₹
currency-CAD = CA$
currency-AUD = A$
currency-CHF = {"CHF\u00A0"}
currency-TRY = ₺
currency-KWD = {"KWD\u00A0"}

country-BR = Brazil
country-RU = Russia
country-KZ = Kazakhstan
country-BY = Belarus
country-TR = Türkiye
country-ID = Indonesia
country-KE = Kenya
country-TZ = Tanzania
country-GR = Greece
country-ES = Spain
country-MX = Mexico
country-AR = Argentina
country-PT = Portugal
country-US = United States
country-CN = China

## Around every screen

tab-home = Home
tab-shop = Shop
tab-orders = Orders
tab-profile = Profile
banner-offline = You're offline. What you see was saved on this phone.
banner-offline-saved = You're offline. Showing what was saved at { $at }.
banner-sending = { $count ->
    [one] One payment or transfer is saved on this phone and will be sent when you're back online.
   *[other] { $count } payments or transfers are saved on this phone and will be sent when you're back online.
}
money-action-saved = No connection right now. This is saved on your phone and will be sent by itself when you're back online. It can't be charged twice.
money-action-processing = Your card's bank is still deciding. We'll let you know as soon as it does. It can't be charged twice.
bank-page-message = Your bank asks you to confirm this on its page. Open it, confirm, and you'll come back here.
bank-page-open = Open your bank's page
dialog-cancel = Cancel
problem-dismiss = OK

title-sign-up = Create your account
title-check-email = Confirm your email
title-sign-in = Sign in
title-reset-password = New password
title-recover-payment-password = Forgot payment password
title-verification = Identity verification
title-support = Help and support
title-new-support-case = New request
title-payment-password-setup = Create a payment password
title-payment-password-change = Change payment password
title-security-questions = Security questions
title-home = Pocket
title-limits = Your limits
title-top-up = Add money
title-cards = Your cards
title-add-card = Add a card
title-replace-card = Replace a card
title-catalogue = Shop
title-cart = Your cart
title-checkout = Checkout
title-pay = Pay
title-orders = Your orders
title-order = Order from { $seller }
title-history = History
title-receipt = Receipt
title-refund-receipt = Refund receipt
title-transfer = Send money
title-notifications = Notifications
title-settings = Profile and settings

## Notices: something went well

notice-email-confirmed = Your email is confirmed.
notice-payment-password-changed = Your payment password is changed.
notice-questions-changed = Your security questions are saved.
notice-all-set = You're all set. Add money to start shopping.
notice-card-removed = Card removed.
notice-card-replaced = { $card } is in place of the old card.
notice-card-saved = { $card } is saved for next time.
notice-card-one-off = { $card } will pay this once. It is not saved to your account.
notice-added-to-cart = Added to your cart ({ $count } in it).
notice-receipt-confirmed = Thanks! The seller is paid now.
notice-order-cancelled = Order cancelled. Your money is on its way back.
notice-dispute-opened = Dispute opened. Your money stays held until it is resolved.
notice-refund-destination = Got it. A refund will go where you chose.
notice-saved-will-send = No connection: it is saved and will be sent by itself.
notice-language-changed = The language is changed.
notice-signed-out = You're signed out.
notice-session-ended = Your session ended. Sign in again; anything waiting to be sent is kept.
notice-check-inbox = We sent a message to { $email }. Open it, then sign in.
notice-code-sent = A new code is on its way by SMS.
notice-password-reset = Your password is changed and every phone was signed out. Sign in with the new one.
notice-payment-password-recovered = Your new payment password is saved, and payments are unlocked.
notice-verification-sent = Sent for review. We'll tell you as soon as it's reviewed.
notice-support-case-opened = Your request is sent. Support will answer here, and you'll get a notification.
notice-support-message-sent = Message sent.
code-resend = Send a new code

## Welcome, sign-up, email, sign-in

welcome-tagline = Pay for parcels from sellers abroad, safely.
welcome-point-escrow = Your money is held until your parcel arrives.
welcome-point-parcels = For light parcels: up to 2 kg each.
welcome-point-cards = Your card number never stays on your phone.
welcome-sign-up = Create an account
welcome-sign-in = I have an account

sign-up-intro = We need a few details to open your wallet. We'll email you a link to confirm.
sign-up-email = Email
sign-up-password = Password
sign-up-password-hint = At least { $min } characters.
sign-up-given-name = Given name
sign-up-family-name = Family name
sign-up-address = Address
sign-up-phone = Phone
sign-up-phone-hint = For the codes your bank sends by SMS.
sign-up-national-id = National ID number
sign-up-country = Country
sign-up-language = Language
sign-up-submit = Create account
sign-up-sign-in-instead = I have an account

check-email-message = We sent a link to { $email }. Open it on this phone, or type the code from the email.
check-email-expires = The link works until { $at }.
check-email-code = Code from the email
check-email-confirm = Confirm
check-email-resend = Send a new link
check-email-resent = A new link is on its way to { $email }.
check-email-sign-out = Use another email

sign-in-email = Email
sign-in-password = Password
sign-in-submit = Sign in
sign-in-sign-up-instead = Create an account
sign-in-forgot-password = Forgot your password?

reset-password-intro = Enter your email. We'll send a link to choose a new password.
reset-password-intro-link = Choose a new password. Every phone signed in to your account will be signed out.
reset-password-email = Email
reset-password-new = New password
reset-password-submit = Set new password
recovery-send-link = Email me a link
recovery-send-again = Send again
recovery-sent = If { $email } has a Pocket account, a link is on its way. It works for { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
recovery-code = Code from the email
recovery-code-hint = Open the link on this phone, or paste the code after "token=".
recover-payment-intro = We'll email you a link. With it, answer your security questions and choose a new payment password.
recover-payment-intro-link = Answer your security questions and choose a new payment password.
recover-payment-no-questions = You have no security questions to answer, so your payment password can't be recovered by email.
recover-payment-sent = We sent a link to { $email }. It works until { $until }.
recover-payment-submit = Set new payment password

verification-intro = Verifying your identity raises your limits and lets you make large purchases. Use a document with your photo, as it is printed.
verification-status-pending = Sent on { $date } and waiting for review. We'll tell you as soon as it's reviewed.
verification-status-approved = Your identity is verified: your limits are raised.
verification-status-declined = Not approved: { $reason } You can send a document again.
verification-email-first = Confirm your email first: then you can verify your identity.
verification-document = Document
document-passport = Passport
document-national-id = National ID card
document-driving-licence = Driving licence
verification-number = Document number
verification-country = Issued by
verification-name = Name as on the document
verification-submit = Send for review

support-intro = Write to us about a top-up that hasn't arrived, a payment that went wrong, or anything else. Every answer comes here and as a notification.
support-empty = No requests yet.
support-new-case = New request
support-open-case = Open the request
support-message = What happened?
support-reply = Your message
support-send = Send
support-author-you = You
support-author-support = Pocket support
support-top-up = Top-up
support-topic-late-top-up = A top-up hasn't arrived
support-topic-payment-problem = A problem with a payment
support-topic-forgotten-security-answers = Forgotten security answers
support-topic-other = Something else
support-status-open = Waiting for support
support-status-answered = Answered
support-status-resolved = Resolved
support-status-declined = Closed without a change
support-about-top-up = About your top-up: { $top_up }
support-about-payment = About your payment of { $amount } on { $date }. Its receipt goes with your request.
support-about-answers = Support checks your identity document, then lets you set a new payment password and new security questions.
top-up-report-late = Not arrived? Contact support
receipt-report = Report a problem with this payment
recover-payment-contact-support = Forgot your answers too? Contact support

## Payment password and security questions

payment-password-intro-setup = You'll confirm every payment with these 6 digits. Pocket never stores them in clear.
payment-password-intro-change = Enter your current payment password, then the new one twice.
payment-password-rule-digits = Exactly { $digits } digits.
payment-password-rule-runs = Not digits counting up or down, like 123456 or 654321.
payment-password-rule-repeats = No digit more than { $max } times in a row.
payment-password-current = Current payment password
payment-password-new = New payment password
payment-password-confirm = The same 6 digits again
payment-password-submit = Save

questions-intro = If you forget your payment password, these answers help you set a new one. Choose { $min } questions and answer each.
questions-slot = Question { $number }
questions-answer = Your answer
questions-submit = Save
question-first-pet = What was the name of your first pet?
question-birth-city = In which city were you born?
question-first-school = What was the name of your first school?
question-childhood-friend = What is the name of your best childhood friend?
question-first-street = What was the name of the street you grew up on?
question-favourite-teacher = What was the name of your favourite teacher?
question-first-job = What was your first job?
question-grandmother-name = What is your grandmother's first name?

## Home and limits

home-greeting = Hello, { $name }
home-greeting-anonymous = Hello
home-balance-pending = { $amount } on its way
shortcut-top-up = Add money
shortcut-transfer = Send
shortcut-cards = Cards
shortcut-history = History
shortcut-notifications = Notifications
shortcut-limits = Limits
verification-hint-email = Confirm your email to add money and pay.
verification-hint-identity = Verify your identity to raise your limits and make large purchases.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Expected by { $date }
top-up-on-its-way = On its way
top-up-awaiting-boleto = Waiting for you to pay the Boleto at a bank or online.

pending-pay = Paying { $amount } for order { $reference }
pending-top-up = Adding { $amount }
pending-transfer = Sending { $amount } to { $reference }
pending-cancel-order = Cancelling order { $reference }
pending-confirm-receipt = Confirming receipt of order { $reference }
pending-other = A money action
pending-status-sending = Saved on this phone; it will be sent when you're back online.
pending-status-code = Waiting for the code your bank sent by SMS.
pending-status-bank = Waiting for your bank to confirm.

limit-method-balance = Payments from your balance
limit-method-card = Card payments
limit-method-top-up = Adding money by { $rail }
limit-left-today = { $amount } left today
limit-left-month = { $amount } left this month
limit-per-payment = Up to { $amount } per payment
limit-frees-up = More frees up at { $at }
limit-ceiling-per_payment = { $ceiling } per payment
limit-ceiling-per_day = { $ceiling } per 24 hours
limit-ceiling-per_month = { $ceiling } per 30 days
limit-raise-verify-email = Confirm your email: up to { $ceiling }
limit-raise-verify-identity = Verify your identity: up to { $ceiling }
limit-raise-account-age = Up to { $ceiling } from { $date }, when your account is { $days } days old
limits-standing = Your account: { $level }, { $days ->
    [one] 1 day old
   *[other] { $days } days old
}
limits-note = "Today" is the last 24 hours and "this month" the last 30 days: money you spent frees up again after that.
level-unverified = email not confirmed
level-email-confirmed = email confirmed
level-identity-verified = identity verified

figure-limit = Limit
figure-left = Left now
figure-most-at-once = Most in one payment
figure-fits-again = This amount fits again
figure-how-to-raise = To raise it

## Adding money

rail-bank_card = Bank card
rail-bank_transfer = Bank transfer
rail-western_union = Western Union
rail-e_wallet = E-wallet
rail-boleto = Boleto
rail-limits = From { $min } to { $max } each time
rail-limits-monthly = From { $min }, up to { $max } per 30 days
rail-limits-account = From { $min }, up to your card limit
rail-arrives-instantly = Arrives instantly
rail-arrives-in-days = Arrives in up to { $days } business days
rail-arrives-when-paid = Arrives once you pay the slip
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Amount in { $currency }
top-up-limit-left = Your limits leave { $today } today and { $month } this month for this.
top-up-add-card = Add a card
top-up-submit = Add money
top-up-credited = { $amount } added
top-up-credited-message = It's in your balance now.
top-up-pending = { $amount } on its way
top-up-pending-message = Expected by { $date }. If it hasn't arrived by then, contact support.
top-up-another = Add more

## Cards

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Expires { $expiry }
card-expired = Expired: it can't pay
card-one-off = For this payment only
cards-count = { $count } of { $max } cards saved
cards-add = Add a card
cards-at-limit = You have { $max } cards, the most Pocket allows. Remove one to add another.
cards-empty = No cards saved yet.
cards-remove = Remove
cards-replace = Replace
cards-remove-title = Remove this card?
cards-remove-message = { $card } will no longer be able to pay. You can add it again later.
cards-remove-confirm = Remove
cards-remove-cancel = Keep it
add-card-number = Card number
add-card-expiry = Expiry (MM/YY)
add-card-expiry-hint = As printed on the card.
add-card-save = Save this card for next time
add-card-save-hint = Leave it unticked to use the card once. You can save up to { $max } cards.
add-card-note = Your card number goes once to the payment service, which gives Pocket a token instead. The number is never stored on this phone.
add-card-submit = Add card
add-card-replacing = Replaces { $card }. The new card is checked with its bank first; if it fails, the old one stays.
add-card-replace-submit = Replace card

## Shopping

catalogue-ships-from = Ships from { $country }
catalogue-cart = { $count ->
    [0] Cart
   *[other] Cart ({ $count })
}
catalogue-note = Pocket pays for parcels of up to { $weight } and { $cap } each.
option-colour = Colour
option-model = Model
option-size = Size
option-plug = Plug
product-seller = Sold by { $seller }
product-weight = { $weight } each
product-quantity = Quantity: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Buy now
product-add-to-cart = Add to cart
product-choose = Choose: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = One fewer: { $item }
step-more = One more: { $item }
cart-remove-line = Remove from the cart: { $item }
cart-total = Total { $total }
cart-checkout = Check out
cart-empty = Your cart is empty.
parcel-from = From { $seller }
parcel-weight = { $weight } of { $max }
parcel-value = { $value } of { $cap }
parcel-empty = The parcel from { $seller } has nothing in it.
parcel-too-heavy = The parcel from { $seller } weighs { $weight }; Pocket pays for parcels of up to { $max }. Remove { $over } of items, or order them separately.
parcel-over-cap = The parcel from { $seller } is worth { $value }; Pocket pays for parcels worth up to { $cap }. Remove { $over } of items, or order them separately.
checkout-address = Delivery address
checkout-address-hint = Leave empty to use the address on your account.
checkout-coupon = Coupon
checkout-total = { $total } in { $orders ->
    [one] one order
   *[other] { $orders } orders, one per seller
}
checkout-place-order = Place order

## Paying

pay-progress = Order { $number } of { $count }
pay-source-balance = { $currency } balance
pay-source-available = { $amount } available
pay-new-card = Use a new card
pay-quote-loading = Checking the rate and your limits…
pay-you-pay = You pay { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = After this payment: { $today } left today, { $month } this month.
pay-card-limits = Your card limits leave { $today } today and { $month } this month.
pay-short = Your { $currency } balance is { $amount } short. Add money, or pay another way.
pay-password = Payment password
pay-button = Pay { $amount }
bank-code = Code from the SMS
bank-code-hint = Your bank sent it to your phone.
bank-code-submit = Confirm
pay-paid = Paid. Your money is held until you confirm the parcel arrived.
pay-next = Pay the next order
pay-finish = Done

## Orders

orders-empty = No orders yet.
order-summary = { $items ->
    [one] 1 item
   *[other] { $items } items
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Waiting for payment
order-status-paid = Paid
order-status-shipped = Shipped
order-status-delivered = Delivered
order-status-disputed = In dispute
order-status-completed = Completed
order-status-cancelled = Cancelled
order-status-refunded = Refunded
order-status-detail-created = Not paid yet.
order-status-detail-paid = Your money is held until the parcel arrives. The seller ships it next.
order-status-detail-shipped = On its way. Your money is held until you confirm it arrived.
order-status-detail-delivered = Delivered. Confirm receipt, or open a dispute before buyer protection ends.
order-status-detail-disputed = Your money stays held while the dispute is resolved.
order-status-detail-completed = The seller was paid.
order-status-detail-cancelled = Cancelled. Any payment was refunded.
order-status-detail-refunded = You were refunded.
order-line-price = Price
order-line-discount = Discount
order-discount = { $amount } with { $coupon }
order-line-weight = Weight
order-line-placed = Placed
order-line-tracking = Tracking number
order-line-delivered = Delivered
order-line-protection = Buyer protection until
order-line-dispute = Dispute
order-line-held = Held for you
order-line-refunded = Refunded
order-line-released = Paid to the seller
order-line-refund-to = A refund goes
order-pay = Pay
order-cancel = Cancel order
order-confirm-receipt = I received it
order-open-dispute = Open a dispute
order-refund-destination = Where a refund goes
order-receipt = Receipt
order-confirm-receipt-title = Did your parcel arrive?
order-confirm-receipt-message = { $amount } will be paid to the seller. You can't open a dispute after this.
order-confirm-receipt-confirm = Yes, pay the seller
order-cancel-title = Cancel this order?
order-cancel-message = It hasn't shipped yet, so you get all { $amount } back.
order-cancel-confirm = Cancel order
order-cancel-keep = Keep it
order-dispute-title = What went wrong?
order-dispute-message = Your money stays held while we look into it. If you're right, you get a full or partial refund.
order-refund-title = Where should a refund go?
order-refund-message = This only matters if money comes back to you.
dispute-not-received = It never arrived
dispute-not-as-described = It isn't as described
dispute-wrong-item = It's the wrong item
refund-to-same = Back where the payment came from
refund-to-balance = To your Pocket balance
refund-to-origin = Back past your balance, to what topped it up
refund-to-detail-same = Your balance for a balance payment, your card for a card payment.
refund-to-detail-balance = Even for a card payment.
refund-to-detail-origin = For a balance payment: to the card or account you added the money from.

## History and receipts

history-empty = Nothing here yet.
history-more = Show { $count } more
history-kind-payment = Payment for an order
history-kind-refund = Refund
history-kind-top-up = Money added
history-kind-top-up-settled = Money arrived
history-kind-top-up-declined = Top-up returned
history-kind-transfer = Transfer
history-kind-escrow-release = Paid to the seller
history-kind-sandbox-grant = Test money
history-kind-other = Money moved
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Balance
history-source-card = Card
history-source-top-up = Where you topped up from
receipt-payment = Payment
receipt-order = Order
receipt-paid = Paid
receipt-amount-usd = Order price
receipt-method = Paid with
receipt-method-balance = Pocket balance
receipt-method-card = Card
receipt-card = Card
receipt-rate = Rate
receipt-at = Time
refund-amount = Refunded
refund-to = Refunded to
refund-top-up = Through the top-up
refunded-to-card = Your card
refunded-to-balance = Your Pocket balance
receipt-support = Charged twice, or charged for something you didn't get? Contact support with this receipt.

## Transfers

transfer-to = Recipient's email
transfer-amount = Amount
transfer-amount-hint = In { $currency }, from your balance.
transfer-note = Note (optional)
transfer-password = Payment password
transfer-submit = Send
transfer-sent = Sent { $amount } to { $email }.
transfer-another = Send more

## Notifications

notifications-empty = No notifications yet.
notification-support-reply = Support replied
notification-support-resolved = Request resolved
notification-support-declined = Request closed
notification-body-payment = You paid { $amount }. It is held until you confirm you received the order.
notification-body-refund = { $to ->
    [card] { $amount } is refunded to your card.
    [top_up_source] { $amount } is refunded to { $source }, where you topped up from.
   *[other] { $amount } is refunded to your Pocket balance.
}
notification-body-top-up-settled = { $amount } arrived in your Pocket balance.
notification-body-top-up-declined = Your top-up of { $amount } did not reach Pocket and was taken off your pending balance: { $note }
notification-body-order-shipped = Your order is on its way. Tracking number: { $tracking }.
notification-body-order-delivered = Your order was delivered. Confirm you received it, or open a dispute before protection ends.
notification-body-order-updated = { $status ->
    [completed] Your order is complete and the seller is paid.
    [cancelled] Your order is cancelled.
    [disputed] Your dispute is open. Your money stays held until it is resolved.
   *[other] Your order changed.
}
notification-body-transfer-received = You received { $amount } from { $counterpart }.
notification-body-transfer-sent = You sent { $amount } to { $counterpart }.
notification-body-verification-approved = Your identity is verified: your limits are raised.
notification-body-verification-declined = Your identity verification was not approved: { $note }
notification-body-support-reply = Support replied: { $note }
notification-body-support-resolved = Your request is resolved: { $note }
notification-body-support-declined = Your request is closed: { $note }
notification-body-account-frozen = Your account is frozen, so no money can leave it: { $note } Write to support to learn what to do.
notification-body-account-thawed = Your account is no longer frozen: you can pay, add and send money again.
notification-verification-approved = Identity verified
notification-verification-declined = Verification not approved
notification-payment = Payment
notification-refund = Refund
notification-top-up-settled = Money arrived
notification-top-up-declined = Top-up not received
notification-account-frozen = Account frozen
notification-account-thawed = Account unfrozen
notification-order-shipped = Order shipped
notification-order-delivered = Order delivered
notification-order-updated = Order update
notification-transfer-received = Money received
notification-transfer-sent = Money sent
notification-other = Pocket

## Settings

settings-email = Email
settings-level = Verification
settings-age = Member for
settings-age-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
settings-country = Country
settings-language = Language
settings-change-language = Change
settings-change-payment-password = Change payment password
settings-set-payment-password = Set payment password
settings-forgot-payment-password = Forgot payment password?
settings-verify-identity = Verify your identity
settings-support = Help and support
settings-change-questions = Change security questions
settings-sign-out = Sign out
settings-sign-out-title = Sign out?
settings-sign-out-message = { $pending ->
    [0] You can sign in again at any time.
    [one] One payment or transfer is still waiting to be sent. It stays saved and is sent after you sign in again.
   *[other] { $pending } payments or transfers are still waiting to be sent. They stay saved and are sent after you sign in again.
}
settings-sign-out-confirm = Sign out
settings-sign-out-everywhere = Sign out on all devices
settings-sign-out-everywhere-title = Sign out on all devices?
settings-sign-out-everywhere-message = Every phone and browser signed in to your account is signed out, this one too. Use it if a phone was lost or shared.
settings-sign-out-everywhere-confirm = Sign out everywhere

## Problems: what happened (the message), a title, and what to do (the hint)

problem-unknown = Something went wrong.
    .title = Something went wrong
problem-required = Fill this in.
problem-missing_field = Fill this in.
problem-invalid_email = Enter an email address like maria@example.com.
problem-email_looks_like_another = This email mixes look-alike letters from different alphabets. Type it again using one keyboard layout.
problem-password_too_short = Use at least 8 characters.
problem-invalid_country = Choose your country.
problem-invalid_phone = Enter the number with its country code, like +55 11 99999 0000.
problem-too_long = This is too long; shorten it.
problem-too_short = This is too short.
problem-too_many_items = Too many entries here.
problem-too_few_items = Add at least one more.
problem-invalid_format = This isn't in the expected format.
problem-invalid_choice = Choose one of the options.
problem-number_too_large = This number is too large.
problem-number_too_small = This number is too small.
problem-invalid_field = Something in this form isn't right.
problem-forbidden_characters = This has an invisible character in it; type it again.
problem-wrong_credentials = The email or the password is wrong.
    .title = Can't sign in
    .hint = Check them and try again.
problem-unknown_confirmation_token = That code isn't right.
    .hint = Check the code, or send a new link.
problem-confirmation_link_expired = This link expired: links work for 24 hours.
    .title = Link expired
    .hint = Send a new link from this screen.
problem-needs_sign_in = Sign in to continue.
    .title = Signed out
problem-offline = Pocket can't be reached right now, and nothing is saved on this phone to show.
    .title = You're offline
    .hint = Try again when you're connected.
problem-internal = Something went wrong on this phone.
    .title = Something went wrong
    .hint = Try again. If it keeps happening, restart the app.
problem-will_retry = No connection: it is saved and will be sent by itself.
problem-unknown_link = This link can't be opened in Pocket.
    .title = Unknown link

problem-not_six_digits = Enter the 6 digits of your payment password.
problem-wrong_length = The payment password is 6 digits; this has { $length }.
problem-password-not_digits = Use only the digits 0 to 9.
problem-sequential_run = Digits counting up or down are easy to guess. Mix them up.
problem-repeated_digits = The same digit 3 times in a row is easy to guess.
problem-confirmation_mismatch = The two don't match. Enter the same 6 digits twice.
problem-current_password_required = Enter your current payment password.
problem-wrong_payment_password = That's not your payment password. { $attempts_left ->
    [one] 1 try left before payments lock for a while.
   *[other] { $attempts_left } tries left before payments lock for a while.
}
    .title = Wrong payment password
problem-payment_password_locked = Too many wrong payment passwords. Payments are locked until { $until }.
    .title = Payments locked
    .hint = Wait until then, or set a new one now: Settings, "Forgot payment password?".
problem-payment_password_not_set = Set a payment password first: every payment is confirmed with it.
    .title = No payment password
problem-reference_required = Say which top-up or payment this is about.
problem-top_up_arrived = This top-up has arrived in your balance already.
problem-order_not_paid = This order was never paid, so there is no payment to look into.
problem-document_required = Add your identity document: support checks it is you.
problem-case_closed = This request is closed.
problem-account_frozen = Your account is frozen, so no money can leave it. Write to support to learn why and what to do.
problem-action-verify = Verify your identity
problem-action-open = Open
problem-choose_document = Choose a document.
problem-invalid_document_number = Enter the document number as printed on it.
problem-verification_pending = Your document is waiting for review already. We'll tell you as soon as it's reviewed.
problem-already_verified = Your identity is verified already.
problem-email_not_confirmed = Confirm your email first.
problem-answer_every_question = Answer every question.
problem-wrong_security_answers = At least one answer isn't right. { $attempts_left ->
    [one] 1 try left before recovery pauses for a while.
   *[other] { $attempts_left } tries left before recovery pauses for a while.
}
    .title = Wrong answer
    .hint = Case and extra spaces don't matter.
problem-security_answers_locked = Too many wrong answers. Recovery is paused until { $until }.
    .title = Recovery paused
problem-security_questions_not_set = You have no security questions to answer, so your payment password can't be recovered by email.
    .title = No security questions
problem-unknown_recovery_link = That code isn't right.
    .hint = Check the code, or send a new link.
problem-recovery_link_used = This link was used already.
    .title = Link used
    .hint = Send a new link from this screen.
problem-recovery_link_replaced = A newer link was sent after this one.
    .title = Old link
    .hint = Open the latest email.
problem-recovery_link_expired = This link expired: links work for 30 minutes.
    .title = Link expired
    .hint = Send a new link from this screen.
problem-recovery_link_cooldown = A link was sent a moment ago. Open the latest email, or send again at { $until }.
problem-sign_in_to_open_link = Sign in first, then open the link again.
    .title = Signed out
problem-too_few_questions = Answer at least { $min } questions.
problem-duplicate_question = "{ $question }" is chosen twice. Choose different questions.
problem-empty_answer = Answer "{ $question }".

problem-invalid_length = A card number has 12 to 19 digits; this has { $digits }.
problem-number-not_digits = Use only digits (spaces are fine).
problem-failed_checksum = This card number isn't valid. Check it for typos.
problem-unsupported_brand = This card brand isn't accepted. Use Visa, Mastercard, American Express, Discover, JCB, UnionPay or Mir.
problem-bad_expiry_format = Write the expiry as MM/YY, as on the card.
problem-bad_expiry_month = { $month } isn't a month. Use 01 to 12.
problem-expired = This card expired at the end of { $expiry }. Use another card.
problem-too_many_cards = You have { $max_cards } cards saved, the most Pocket allows. Remove one first, or leave "Save" unticked.
    .title = Too many cards
problem-card_declined = Your bank declined this card.
    .title = Card declined
    .hint = Nothing was charged. Try another card or your balance.
problem-card_insufficient_funds = The card doesn't have enough money.
    .title = Card declined
    .hint = Nothing was charged. Try another card or your balance.
problem-card_required = Choose a card.
problem-card_not_used = A card is only for adding money by card.
problem-one_time_code_required = Enter the code your bank sent by SMS.
problem-wrong_one_time_code = That code isn't right. { $attempts_left ->
    [one] 1 try left for this code.
   *[other] { $attempts_left } tries left for this code.
}
problem-one_time_code_void = Too many wrong codes: this one no longer works. Tap "Send a new code".
problem-one_time_code_expired = That code has expired or a newer one was sent. Tap "Send a new code".
problem-one_time_code_cooldown = A new code can be sent at { $until }.
problem-too_many_one_time_codes = Too many codes were sent in the last hour. A new one can be sent at { $until }.
problem-unsaved_card_used = A card you chose not to save pays only once. Add it again, or save it, to pay with it.
problem-too_many_login_attempts = Too many wrong passwords. Try again at { $until }.
    .title = Wait a moment
problem-login_locked = Too many wrong passwords: signing in to this account is paused until { $until }.
    .title = Sign-in paused
problem-invalid_code = Enter the digits of the code from the SMS.
problem-code_still_required = Enter the code from the latest SMS.
problem-not_waiting_for_code = This doesn't need a code any more.
problem-unknown_action = This payment isn't on this phone any more.

problem-choose_rail = Choose how to add money.
problem-provider_required = Choose your e-wallet.
problem-below_minimum = { $rail } top-ups start at { $minimum }.
problem-below_rail_minimum = That's below the minimum for this way of adding money.
problem-above_maximum = { $rail } top-ups can be at most { $maximum }. Split it, or choose another way.
problem-above_rail_maximum = That's above the maximum for this way of adding money.
problem-monthly_cap_reached = { $rail } can add { $cap } per 30 days; { $left } is left now.
    .title = Monthly cap reached
problem-rail_monthly_cap = This way of adding money has reached its monthly cap.
    .title = Monthly cap reached
problem-top_up_not_pending = This top-up has already arrived.

problem-not_a_number = "{ $text }" isn't an amount. Type a number like 12.50.
problem-too_many_decimals = { $currency } has { $decimals } decimals at most.
problem-negative = Amounts can't be below zero.
problem-not_positive = Enter an amount above zero.
problem-too_large = That's more than Pocket can handle: at most { $max } { $currency }.
problem-unknown_currency = { $code } isn't a currency Pocket supports.
problem-invalid_amount = That amount isn't valid.
problem-currency_mismatch = Those amounts are in different currencies.
problem-would_go_negative = That's more than there is.
problem-invalid_rate = The exchange rate isn't available right now.
problem-insufficient_funds = Your balance isn't enough for this.
    .title = Not enough money
    .hint = Add money, or pay another way.

problem-per_payment = { $amount } is over the { $ceiling } limit for one payment ({ $method }).
    .title = Over your limit
    .hint = Pay less at once, or raise your limit.
problem-per_day = { $amount } is over what you can spend in 24 hours ({ $method }). You can spend { $left } now.
    .title = Over your daily limit
problem-per_month = { $amount } is over what you can spend in 30 days ({ $method }). You can spend { $left } now.
    .title = Over your monthly limit

problem-parcel_not_eligible = Pocket can't pay for a parcel in this order.
    .title = Pocket can't pay for this parcel
    .hint = Change the items, then try again.
problem-empty_cart = Your cart is empty.
problem-invalid_cart = Something in your cart isn't valid. Check it and try again.
problem-invalid_quantity = Choose a quantity of at least 1.
problem-unknown_product = A product isn't sold any more. Remove it from your cart.
problem-unknown_option = A chosen option isn't offered any more. Choose again.
problem-option_required = Choose every option of the product.
problem-unknown_coupon = This coupon doesn't exist.
problem-coupon_expired = This coupon has expired.
problem-coupon_used = You've already used this coupon.
problem-coupon_minimum = The order is too small for this coupon.
problem-choose_source = Choose how to pay.
problem-payment_not_sent = The payment wasn't made, and nothing was charged.
    .title = Not paid
    .hint = Try again.
problem-already_paid = This order is already paid. It can't be paid twice.
    .title = Already paid
problem-illegal_transition = That can't be done to this order now.
    .title = Not possible now
problem-protection_ended = Buyer protection for this order has ended.
    .title = Protection ended
problem-protection_not_ended = Buyer protection for this order hasn't ended yet.
problem-refund_exceeds_paid = A refund can't be more than what was paid.
problem-missing_tracking_number = The order has no tracking number yet.

problem-unknown_recipient = There's no Pocket account with this email.
problem-transfer_to_self = You can't send money to yourself.
problem-unsupported_language = Pocket doesn't speak that language yet.
problem-not_found = This isn't here any more.
    .title = Not found
problem-unknown_route = This version of the app asked for something the service doesn't know.
    .title = Update the app
problem-idempotency_key_reused = This was already sent with other details.
problem-missing_idempotency_key = This request needs a key to be sent safely.
problem-invalid_idempotency_key = This request's key isn't valid.
problem-malformed_json = The app sent something the service can't read.
problem-unreadable_body = The app sent something the service can't read.
problem-body_too_large = That's too much to send at once.
problem-not_a_boleto = That top-up isn't a Boleto.
problem-step_too_large = The test clock can't move that far.

## Opening failed

opening-failed-title = Pocket could not start
opening-failed-message = Pocket could not open its saved data or your phone's keychain. Unlock your phone, make sure it has free space, and try again.
opening-failed-detail = Details for support: { $detail }
opening-failed-retry = Try again
