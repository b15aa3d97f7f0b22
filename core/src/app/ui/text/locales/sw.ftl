# Maandishi ya Pocket kwa Kiswahili. Ujumbe usiokuwepo hapa unaonyeshwa kwa
# Kiingereza. Hoja (kiasi, tarehe) zinakuja zikiwa tayari zimepangwa, isipokuwa
# namba zinazochagua umbo la wingi.

language-name = Kiswahili
app-name = Pocket
back = Rudi

## Miundo ya lugha hii: namba, pesa, uzito, tarehe.

format-decimal = .
format-group = ,
format-money = { $symbol }{"\u00A0"}{ $amount }
format-grams = { $grams } g
format-date = { $day } { $month } { $year }
format-time = { $hour24 }:{ $minute }
format-date-time = { $date }, { $time }
time-am = AM
time-pm = PM
month-1 = Jan
month-2 = Feb
month-3 = Mac
month-4 = Apr
month-5 = Mei
month-6 = Jun
month-7 = Jul
month-8 = Ago
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Des
weekday-1 = Jumatatu
weekday-2 = Jumanne
weekday-3 = Jumatano
weekday-4 = Alhamisi
weekday-5 = Ijumaa
weekday-6 = Jumamosi
weekday-7 = Jumapili

currency-USD = US$
currency-EUR = €
currency-GBP = £
currency-JPY = JP¥
currency-CNY = CN¥
currency-RUB = ₽
currency-BRL = R$
currency-KRW = ₩
currency-INR = ₹
currency-CAD = CA$
currency-AUD = A$
currency-CHF = CHF
currency-TRY = ₺
currency-KWD = KWD

country-BR = Brazili
country-RU = Urusi
country-KZ = Kazakhstan
country-BY = Belarus
country-TR = Uturuki
country-ID = Indonesia
country-KE = Kenya
country-TZ = Tanzania
country-GR = Ugiriki
country-ES = Uhispania
country-MX = Meksiko
country-AR = Ajentina
country-PT = Ureno
country-US = Marekani
country-CN = China

## Kila skrini

tab-home = Mwanzo
tab-shop = Duka
tab-orders = Maagizo
tab-profile = Wasifu
banner-offline = Huna mtandao. Unachokiona kilihifadhiwa kwenye simu hii.
banner-offline-saved = Huna mtandao. Inaonyesha kilichohifadhiwa { $at }.
banner-sending = { $count ->
    [one] Muamala mmoja (malipo au uhamisho) umehifadhiwa kwenye simu hii na utatumwa utakaporudi mtandaoni.
   *[other] Miamala { $count } (malipo au uhamisho) imehifadhiwa kwenye simu hii na itatumwa utakaporudi mtandaoni.
}
money-action-saved = Hakuna mtandao kwa sasa. Muamala huu umehifadhiwa kwenye simu yako na utatumwa wenyewe utakaporudi mtandaoni. Hauwezi kutozwa mara mbili.
money-action-processing = Benki ya kadi yako bado inaamua. Tutakujulisha mara itakapoamua. Haiwezi kutozwa mara mbili.
bank-page-message = Benki yako inakuomba uthibitishe hili kwenye ukurasa wake. Ufungue, thibitisha, na utarudi hapa.
bank-page-open = Fungua ukurasa wa benki
dialog-cancel = Ghairi
problem-dismiss = Sawa

title-sign-up = Fungua akaunti yako
title-check-email = Thibitisha barua pepe yako
title-sign-in = Ingia
title-reset-password = Nenosiri jipya
title-recover-payment-password = Umesahau PIN ya malipo
title-verification = Uthibitisho wa utambulisho
title-support = Msaada na huduma kwa wateja
title-new-support-case = Ombi jipya
title-payment-password-setup = Weka PIN ya malipo
title-payment-password-change = Badilisha PIN ya malipo
title-security-questions = Maswali ya usalama
title-home = Pocket
title-limits = Vikomo vyako
title-top-up = Ongeza pesa
title-cards = Kadi zako
title-add-card = Ongeza kadi
title-replace-card = Badilisha kadi
title-catalogue = Duka
title-cart = Kikapu chako
title-checkout = Kamilisha ununuzi
title-pay = Lipa
title-orders = Maagizo yako
title-order = Agizo kutoka kwa { $seller }
title-history = Historia
title-receipt = Risiti
title-refund-receipt = Risiti ya kurejeshewa pesa
title-transfer = Tuma pesa
title-notifications = Arifa
title-settings = Wasifu na mipangilio

## Taarifa: jambo limefanikiwa

notice-email-confirmed = Barua pepe yako imethibitishwa.
notice-payment-password-changed = PIN yako ya malipo imebadilishwa.
notice-questions-changed = Maswali yako ya usalama yamehifadhiwa.
notice-all-set = Kila kitu kiko tayari. Ongeza pesa ili uanze kununua.
notice-card-removed = Kadi imeondolewa.
notice-card-replaced = { $card } sasa iko mahali pa kadi ya zamani.
notice-card-saved = { $card } imehifadhiwa kwa ajili ya wakati ujao.
notice-card-one-off = { $card } italipa mara hii tu. Haijahifadhiwa kwenye akaunti yako.
notice-added-to-cart = Imewekwa kwenye kikapu (sasa kina { $count }).
notice-receipt-confirmed = Asante! Muuzaji amelipwa sasa.
notice-order-cancelled = Agizo limeghairiwa. Pesa zako zinarudishwa.
notice-dispute-opened = Malalamiko yamefunguliwa. Pesa zako zinashikiliwa hadi yatatuliwe.
notice-refund-destination = Sawa. Pesa zikirejeshwa zitaenda ulipochagua.
notice-saved-will-send = Hakuna mtandao: umehifadhiwa na utatumwa wenyewe.
notice-language-changed = Lugha imebadilishwa.
notice-signed-out = Umetoka.
notice-session-ended = Muda wako wa kuingia umeisha. Ingia tena; chochote kinachosubiri kutumwa kimehifadhiwa.
notice-check-inbox = Tumetuma ujumbe kwa { $email }. Ufungue, kisha uingie.
notice-code-sent = Msimbo mpya unakuja kwa SMS.
notice-password-reset = Nenosiri lako limebadilishwa na simu zote zimetolewa kwenye akaunti. Ingia kwa nenosiri jipya.
notice-payment-password-recovered = PIN yako mpya ya malipo imehifadhiwa, na malipo yamefunguliwa.
notice-verification-sent = Imetumwa ikaguliwe. Tutakujulisha mara tu itakapokaguliwa.
notice-support-case-opened = Ombi lako limetumwa. Huduma kwa wateja itakujibu hapa, na utapokea arifa.
notice-support-message-sent = Ujumbe umetumwa.
code-resend = Tuma msimbo mpya

## Karibu, kujisajili, barua pepe, kuingia

welcome-tagline = Lipia kwa usalama vifurushi kutoka kwa wauzaji wa nje ya nchi.
welcome-point-escrow = Pesa zako zinashikiliwa hadi kifurushi chako kifike.
welcome-point-parcels = Kwa vifurushi vyepesi: hadi kilo 2 kila kimoja.
welcome-point-cards = Namba ya kadi yako haibaki kamwe kwenye simu yako.
welcome-sign-up = Fungua akaunti
welcome-sign-in = Nina akaunti

sign-up-intro = Tunahitaji taarifa chache ili kufungua pochi yako. Tutakutumia kiungo kwa barua pepe ili uthibitishe.
sign-up-email = Barua pepe
sign-up-password = Nenosiri
sign-up-password-hint = Angalau herufi { $min }.
sign-up-given-name = Jina la kwanza
sign-up-family-name = Jina la ukoo
sign-up-address = Anwani
sign-up-phone = Simu
sign-up-phone-hint = Kwa misimbo ambayo benki yako inatuma kwa SMS.
sign-up-national-id = Namba ya kitambulisho cha taifa
sign-up-country = Nchi
sign-up-language = Lugha
sign-up-submit = Fungua akaunti
sign-up-sign-in-instead = Nina akaunti

check-email-message = Tumetuma kiungo kwa { $email }. Kifungue kwenye simu hii, au andika msimbo ulio kwenye barua pepe.
check-email-expires = Kiungo kinafanya kazi hadi { $at }.
check-email-code = Msimbo kutoka kwenye barua pepe
check-email-confirm = Thibitisha
check-email-resend = Tuma kiungo kipya
check-email-resent = Kiungo kipya kinatumwa kwa { $email }.
check-email-sign-out = Tumia barua pepe nyingine

sign-in-email = Barua pepe
sign-in-password = Nenosiri
sign-in-submit = Ingia
sign-in-sign-up-instead = Fungua akaunti
sign-in-forgot-password = Umesahau nenosiri lako?

reset-password-intro = Weka barua pepe yako. Tutakutumia kiungo cha kuchagua nenosiri jipya.
reset-password-intro-link = Chagua nenosiri jipya. Kila simu iliyoingia kwenye akaunti yako itatolewa.
reset-password-email = Barua pepe
reset-password-new = Nenosiri jipya
reset-password-submit = Weka nenosiri jipya
recovery-send-link = Nitumie kiungo kwa barua pepe
recovery-send-again = Tuma tena
recovery-sent = Ikiwa { $email } ina akaunti ya Pocket, kiungo kiko njiani. Kinafanya kazi kwa { $minutes ->
    [one] dakika { $minutes }
   *[other] dakika { $minutes }
}.
recovery-code = Msimbo kutoka kwenye barua pepe
recovery-code-hint = Fungua kiungo kwenye simu hii, au bandika msimbo unaokuja baada ya "token=".
recover-payment-intro = Tutakutumia kiungo kwa barua pepe. Kupitia kiungo hicho, jibu maswali yako ya usalama na uchague PIN mpya ya malipo.
recover-payment-intro-link = Jibu maswali yako ya usalama na uchague PIN mpya ya malipo.
recover-payment-no-questions = Huna maswali ya usalama ya kujibu, kwa hiyo PIN yako ya malipo haiwezi kurejeshwa kwa barua pepe.
recover-payment-sent = Tumetuma kiungo kwa { $email }. Kinafanya kazi hadi { $until }.
recover-payment-submit = Weka PIN mpya ya malipo

verification-intro = Kuthibitisha utambulisho wako kunaongeza vikomo vyako na kukuwezesha kufanya manunuzi makubwa. Tumia hati yenye picha yako, na uandike taarifa kama zilivyochapishwa.
verification-status-pending = Imetumwa tarehe { $date } na inasubiri kukaguliwa. Tutakujulisha mara tu itakapokaguliwa.
verification-status-approved = Utambulisho wako umethibitishwa: vikomo vyako vimeongezwa.
verification-status-declined = Haijakubaliwa: { $reason } Unaweza kutuma hati tena.
verification-email-first = Thibitisha barua pepe yako kwanza: kisha utaweza kuthibitisha utambulisho wako.
verification-document = Hati
document-passport = Pasipoti
document-national-id = Kitambulisho cha taifa
document-driving-licence = Leseni ya udereva
verification-number = Namba ya hati
verification-country = Nchi iliyoitoa
verification-name = Jina kama lilivyo kwenye hati
verification-submit = Tuma ikaguliwe

support-intro = Tuandikie kuhusu pesa ulizoongeza ambazo hazijafika, malipo yaliyokwenda vibaya, au jambo jingine lolote. Kila jibu litafika hapa na pia kama arifa.
support-empty = Bado hakuna maombi.
support-new-case = Ombi jipya
support-open-case = Fungua ombi
support-message = Nini kimetokea?
support-reply = Ujumbe wako
support-send = Tuma
support-author-you = Wewe
support-author-support = Huduma kwa wateja ya Pocket
support-top-up = Kuongeza pesa
support-topic-late-top-up = Pesa nilizoongeza hazijafika
support-topic-payment-problem = Tatizo la malipo
support-topic-forgotten-security-answers = Nimesahau majibu ya maswali ya usalama
support-topic-other = Jambo jingine
support-status-open = Linasubiri huduma kwa wateja
support-status-answered = Limejibiwa
support-status-resolved = Limetatuliwa
support-status-declined = Limefungwa bila mabadiliko
support-about-top-up = Kuhusu pesa ulizoongeza: { $top_up }
support-about-payment = Kuhusu malipo yako ya { $amount } tarehe { $date }. Risiti yake itaambatishwa kwenye ombi lako.
support-about-answers = Huduma kwa wateja itakagua hati yako ya utambulisho, kisha itakuwezesha kuweka PIN mpya ya malipo na maswali mapya ya usalama.
top-up-report-late = Hazijafika? Wasiliana na huduma kwa wateja
receipt-report = Ripoti tatizo la malipo haya
recover-payment-contact-support = Umesahau pia majibu yako? Wasiliana na huduma kwa wateja

## PIN ya malipo na maswali ya usalama

payment-password-intro-setup = Utathibitisha kila malipo kwa tarakimu hizi 6. Pocket haizihifadhi kamwe katika hali inayosomeka.
payment-password-intro-change = Weka PIN yako ya malipo ya sasa, kisha PIN mpya mara mbili.
payment-password-rule-digits = Tarakimu { $digits } kamili.
payment-password-rule-runs = Si tarakimu zinazofuatana kwenda juu au chini, kama 123456 au 654321.
payment-password-rule-repeats = Hakuna tarakimu inayorudiwa zaidi ya mara { $max } mfululizo.
payment-password-current = PIN ya malipo ya sasa
payment-password-new = PIN mpya ya malipo
payment-password-confirm = Tarakimu zile zile 6 tena
payment-password-submit = Hifadhi

questions-intro = Ukisahau PIN yako ya malipo, majibu haya yatakusaidia kuweka mpya. Chagua maswali { $min } na ujibu kila moja.
questions-slot = Swali la { $number }
questions-answer = Jibu lako
questions-submit = Hifadhi
question-first-pet = Mnyama wako wa kwanza wa kufugwa aliitwa nani?
question-birth-city = Ulizaliwa katika mji gani?
question-first-school = Shule yako ya kwanza iliitwa nini?
question-childhood-friend = Rafiki yako mkubwa wa utotoni anaitwa nani?
question-first-street = Mtaa uliokulia uliitwa nini?
question-favourite-teacher = Mwalimu uliyempenda zaidi aliitwa nani?
question-first-job = Kazi yako ya kwanza ilikuwa ipi?
question-grandmother-name = Jina la kwanza la bibi yako ni lipi?

## Mwanzo na vikomo

home-greeting = Habari, { $name }
home-greeting-anonymous = Habari
home-balance-pending = { $amount } njiani
shortcut-top-up = Ongeza pesa
shortcut-transfer = Tuma
shortcut-cards = Kadi
shortcut-history = Historia
shortcut-notifications = Arifa
shortcut-limits = Vikomo
verification-hint-email = Thibitisha barua pepe yako ili uweze kuongeza pesa na kulipa.
verification-hint-identity = Thibitisha utambulisho wako ili uongeze vikomo vyako na ufanye manunuzi makubwa.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Inatarajiwa kufika kufikia { $date }
top-up-on-its-way = Njiani
top-up-awaiting-boleto = Inasubiri ulipe Boleto benki au mtandaoni.

pending-pay = Inalipa { $amount } kwa agizo { $reference }
pending-top-up = Inaongeza { $amount }
pending-transfer = Inatuma { $amount } kwa { $reference }
pending-cancel-order = Inaghairi agizo { $reference }
pending-confirm-receipt = Inathibitisha kupokea agizo { $reference }
pending-other = Muamala wa pesa
pending-status-sending = Umehifadhiwa kwenye simu hii; utatumwa utakaporudi mtandaoni.
pending-status-code = Inasubiri msimbo ambao benki yako ilituma kwa SMS.
pending-status-bank = Inasubiri benki ithibitishe.

limit-method-balance = Malipo kutoka kwenye salio
limit-method-card = Malipo kwa kadi
limit-method-top-up = Kuongeza pesa kwa { $rail }
limit-left-today = Zimebaki { $amount } leo
limit-left-month = Zimebaki { $amount } mwezi huu
limit-per-payment = Hadi { $amount } kwa kila malipo
limit-frees-up = Kikomo zaidi kitapatikana { $at }
limit-ceiling-per_payment = { $ceiling } kwa kila malipo
limit-ceiling-per_day = { $ceiling } kwa saa 24
limit-ceiling-per_month = { $ceiling } kwa siku 30
limit-raise-verify-email = Thibitisha barua pepe yako: hadi { $ceiling }
limit-raise-verify-identity = Thibitisha utambulisho wako: hadi { $ceiling }
limit-raise-account-age = Hadi { $ceiling } kuanzia { $date }, akaunti yako itakapotimiza siku { $days }
limits-standing = Akaunti yako: { $level }, { $days ->
    [one] ina siku { $days }
   *[other] ina siku { $days }
}
limits-note = "Leo" ni saa 24 zilizopita na "mwezi huu" ni siku 30 zilizopita: pesa ulizotumia zinapatikana tena baada ya hapo.
level-unverified = barua pepe haijathibitishwa
level-email-confirmed = barua pepe imethibitishwa
level-identity-verified = utambulisho umethibitishwa

figure-limit = Kikomo
figure-left = Kilichobaki sasa
figure-most-at-once = Kiwango cha juu kwa malipo moja
figure-fits-again = Kiasi hiki kinawezekana tena
figure-how-to-raise = Jinsi ya kukiongeza

## Kuongeza pesa

rail-bank_card = Kadi ya benki
rail-bank_transfer = Uhamisho wa benki
rail-western_union = Western Union
rail-e_wallet = Pochi ya kielektroniki
rail-boleto = Boleto
rail-limits = Kuanzia { $min } hadi { $max } kila mara
rail-limits-monthly = Kuanzia { $min }, hadi { $max } kwa siku 30
rail-limits-account = Kuanzia { $min }, hadi kikomo cha kadi yako
rail-arrives-instantly = Inafika papo hapo
rail-arrives-in-days = Inafika ndani ya siku { $days } za kazi
rail-arrives-when-paid = Inafika ukishalipa hati ya malipo
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Kiasi kwa { $currency }
top-up-limit-left = Kwa hili, vikomo vyako vinaruhusu { $today } leo na { $month } mwezi huu.
top-up-add-card = Ongeza kadi
top-up-submit = Ongeza pesa
top-up-credited = { $amount } zimeongezwa
top-up-credited-message = Ziko kwenye salio lako sasa.
top-up-pending = { $amount } njiani
top-up-pending-message = Inatarajiwa kufika kufikia { $date }. Zisipofika kufikia wakati huo, wasiliana na huduma kwa wateja.
top-up-another = Ongeza zaidi

## Kadi

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Inaisha { $expiry }
card-expired = Imeisha muda: haiwezi kulipa
card-one-off = Kwa malipo haya tu
cards-count = Kadi { $count } kati ya { $max } zimehifadhiwa
cards-add = Ongeza kadi
cards-at-limit = Una kadi { $max }, idadi ya juu zaidi ambayo Pocket inaruhusu. Ondoa moja ili uongeze nyingine.
cards-empty = Bado hakuna kadi zilizohifadhiwa.
cards-remove = Ondoa
cards-replace = Badilisha
cards-remove-title = Ungependa kuondoa kadi hii?
cards-remove-message = { $card } haitaweza kulipa tena. Unaweza kuiongeza tena baadaye.
cards-remove-confirm = Ondoa
cards-remove-cancel = Iache
add-card-number = Namba ya kadi
add-card-expiry = Tarehe ya kuisha (MM/YY)
add-card-expiry-hint = Kama ilivyochapishwa kwenye kadi.
add-card-save = Hifadhi kadi hii kwa wakati ujao
add-card-save-hint = Usiweke alama ili utumie kadi mara moja tu. Unaweza kuhifadhi hadi kadi { $max }.
add-card-note = Namba ya kadi yako inaenda mara moja tu kwa huduma ya malipo, ambayo inaipa Pocket tokeni badala yake. Namba haihifadhiwi kamwe kwenye simu hii.
add-card-submit = Ongeza kadi
add-card-replacing = Inabadilisha { $card }. Kadi mpya inakaguliwa kwanza na benki yake; ikishindwa, ya zamani inabaki.
add-card-replace-submit = Badilisha kadi

## Ununuzi

catalogue-ships-from = Inatumwa kutoka { $country }
catalogue-cart = { $count ->
    [0] Kikapu
   *[other] Kikapu ({ $count })
}
catalogue-note = Pocket inalipia vifurushi vya hadi { $weight } na { $cap } kila kimoja.
option-colour = Rangi
option-model = Modeli
option-size = Saizi
option-plug = Plagi
product-seller = Inauzwa na { $seller }
product-weight = { $weight } kila kimoja
product-quantity = Idadi: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Nunua sasa
product-add-to-cart = Weka kwenye kikapu
product-choose = Chagua: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = Punguza moja: { $item }
step-more = Ongeza moja: { $item }
cart-remove-line = Ondoa kwenye kikapu: { $item }
cart-total = Jumla { $total }
cart-checkout = Endelea kulipa
cart-empty = Kikapu chako ni tupu.
parcel-from = Kutoka kwa { $seller }
parcel-weight = { $weight } kati ya { $max }
parcel-value = { $value } kati ya { $cap }
parcel-empty = Kifurushi kutoka kwa { $seller } hakina kitu.
parcel-too-heavy = Kifurushi kutoka kwa { $seller } kina uzito wa { $weight }; Pocket inalipia vifurushi vya hadi { $max }. Ondoa bidhaa zenye uzito wa { $over }, au uziagize kando.
parcel-over-cap = Kifurushi kutoka kwa { $seller } kina thamani ya { $value }; Pocket inalipia vifurushi vyenye thamani ya hadi { $cap }. Ondoa bidhaa zenye thamani ya { $over }, au uziagize kando.
checkout-address = Anwani ya kupokelea
checkout-address-hint = Acha wazi ili kutumia anwani iliyo kwenye akaunti yako.
checkout-coupon = Kuponi
checkout-total = { $total } kwa { $orders ->
    [one] agizo moja
   *[other] maagizo { $orders }, moja kwa kila muuzaji
}
checkout-place-order = Weka agizo

## Kulipa

pay-progress = Agizo { $number } kati ya { $count }
pay-source-balance = Salio la { $currency }
pay-source-available = Inapatikana: { $amount }
pay-new-card = Tumia kadi mpya
pay-quote-loading = Inakagua kiwango cha ubadilishaji na vikomo vyako…
pay-you-pay = Unalipa { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = Baada ya malipo haya: zimebaki { $today } leo, { $month } mwezi huu.
pay-card-limits = Vikomo vya kadi yako vinaruhusu { $today } leo na { $month } mwezi huu.
pay-short = Salio lako la { $currency } limepungukiwa { $amount }. Ongeza pesa, au lipa kwa njia nyingine.
pay-password = PIN ya malipo
pay-button = Lipa { $amount }
bank-code = Msimbo kutoka kwenye SMS
bank-code-hint = Benki yako imeutuma kwenye simu yako.
bank-code-submit = Thibitisha
pay-paid = Imelipwa. Pesa zako zinashikiliwa hadi uthibitishe kuwa kifurushi kimefika.
pay-next = Lipa agizo linalofuata
pay-finish = Maliza

## Maagizo

orders-empty = Bado hakuna maagizo.
order-summary = { $items ->
    [one] bidhaa { $items }
   *[other] bidhaa { $items }
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Linasubiri malipo
order-status-paid = Limelipwa
order-status-shipped = Limetumwa
order-status-delivered = Limefika
order-status-disputed = Lina malalamiko
order-status-completed = Limekamilika
order-status-cancelled = Limeghairiwa
order-status-refunded = Pesa zimerejeshwa
order-status-detail-created = Bado halijalipwa.
order-status-detail-paid = Pesa zako zinashikiliwa hadi kifurushi kifike. Sasa muuzaji atakituma.
order-status-detail-shipped = Kiko njiani. Pesa zako zinashikiliwa hadi uthibitishe kuwa kimefika.
order-status-detail-delivered = Kimefika. Thibitisha kuwa umekipokea, au fungua malalamiko kabla ulinzi wa mnunuzi haujaisha.
order-status-detail-disputed = Pesa zako zinaendelea kushikiliwa wakati malalamiko yanatatuliwa.
order-status-detail-completed = Muuzaji amelipwa.
order-status-detail-cancelled = Limeghairiwa. Malipo yoyote yamerejeshwa.
order-status-detail-refunded = Umerejeshewa pesa zako.
order-line-price = Bei
order-line-discount = Punguzo
order-discount = { $amount } kwa kuponi { $coupon }
order-line-weight = Uzito
order-line-placed = Tarehe ya kuwekwa
order-line-tracking = Namba ya ufuatiliaji
order-line-delivered = Tarehe ya kufika
order-line-protection = Ulinzi wa mnunuzi hadi
order-line-dispute = Malalamiko
order-line-held = Zinashikiliwa kwa ajili yako
order-line-refunded = Pesa zilizorejeshwa
order-line-released = Zimelipwa kwa muuzaji
order-line-refund-to = Pesa zikirejeshwa zinaenda
order-pay = Lipa
order-cancel = Ghairi agizo
order-confirm-receipt = Nimepokea
order-open-dispute = Fungua malalamiko
order-refund-destination = Pesa zikirejeshwa ziende wapi
order-receipt = Risiti
order-confirm-receipt-title = Kifurushi chako kimefika?
order-confirm-receipt-message = Muuzaji atalipwa { $amount }. Baada ya hapo hutaweza kufungua malalamiko.
order-confirm-receipt-confirm = Ndiyo, mlipe muuzaji
order-cancel-title = Ungependa kughairi agizo hili?
order-cancel-message = Bado halijatumwa, kwa hiyo utarejeshewa { $amount } zote.
order-cancel-confirm = Ghairi agizo
order-cancel-keep = Liache
order-dispute-title = Nini kimeenda vibaya?
order-dispute-message = Pesa zako zinaendelea kushikiliwa wakati tunachunguza. Ukiwa sahihi, utarejeshewa pesa zote au sehemu yake.
order-refund-title = Pesa zikirejeshwa ziende wapi?
order-refund-message = Hili lina maana tu ikiwa pesa zitarudi kwako.
dispute-not-received = Hakijawahi kufika
dispute-not-as-described = Si kama kilivyoelezwa
dispute-wrong-item = Ni bidhaa isiyo sahihi
refund-to-same = Kule malipo yalikotoka
refund-to-balance = Kwenye salio lako la Pocket
refund-to-origin = Kwenye chanzo cha pesa za salio lako
refund-to-detail-same = Kwenye salio kwa malipo ya salio, kwenye kadi kwa malipo ya kadi.
refund-to-detail-balance = Hata kwa malipo ya kadi.
refund-to-detail-origin = Kwa malipo ya salio: kwenye kadi au akaunti uliyotumia kuongeza pesa hizo.

## Historia na risiti

history-empty = Bado hakuna kitu hapa.
history-more = Onyesha { $count } zaidi
history-kind-payment = Malipo ya agizo
history-kind-refund = Pesa zilizorejeshwa
history-kind-top-up = Pesa zimeongezwa
history-kind-top-up-settled = Pesa zimefika
history-kind-top-up-declined = Uwekaji umerudishwa
history-kind-transfer = Uhamisho
history-kind-escrow-release = Zimelipwa kwa muuzaji
history-kind-sandbox-grant = Pesa za majaribio
history-kind-other = Pesa zimehamishwa
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Salio
history-source-card = Kadi
history-source-top-up = Chanzo cha pesa ulizoongeza
receipt-payment = Malipo
receipt-order = Agizo
receipt-paid = Imelipwa
receipt-amount-usd = Bei ya agizo
receipt-method = Imelipwa kwa
receipt-method-balance = Salio la Pocket
receipt-method-card = Kadi
receipt-card = Kadi
receipt-rate = Kiwango cha ubadilishaji
receipt-at = Muda
refund-amount = Kilichorejeshwa
refund-to = Kimerejeshwa kwa
refund-top-up = Kupitia kuongeza pesa
refunded-to-card = Kadi yako
refunded-to-balance = Salio lako la Pocket
receipt-support = Umetozwa mara mbili, au umetozwa kwa kitu ambacho hukupokea? Wasiliana na huduma kwa wateja ukiwa na risiti hii.

## Uhamisho

transfer-to = Barua pepe ya mpokeaji
transfer-amount = Kiasi
transfer-amount-hint = Kwa { $currency }, kutoka kwenye salio lako.
transfer-note = Ujumbe (si lazima)
transfer-password = PIN ya malipo
transfer-submit = Tuma
transfer-sent = Umetuma { $amount } kwa { $email }.
transfer-another = Tuma zaidi

## Arifa

notifications-empty = Bado hakuna arifa.
notification-support-reply = Huduma kwa wateja imejibu
notification-support-resolved = Ombi limetatuliwa
notification-support-declined = Ombi limefungwa
notification-body-payment = Umelipa { $amount }. Pesa zinashikiliwa hadi uthibitishe kuwa umepokea agizo.
notification-body-refund = { $to ->
    [card] { $amount } zimerejeshwa kwenye kadi yako.
    [top_up_source] { $amount } zimerejeshwa kwenye { $source }, uliyotumia kuongeza pesa.
   *[other] { $amount } zimerejeshwa kwenye salio lako la Pocket.
}
notification-body-top-up-settled = { $amount } zimefika kwenye salio lako la Pocket.
notification-body-top-up-declined = Uwekaji wako wa { $amount } haukufika Pocket na umeondolewa kwenye salio linalosubiri: { $note }
notification-body-order-shipped = Agizo lako liko njiani. Namba ya ufuatiliaji: { $tracking }.
notification-body-order-delivered = Agizo lako limefika. Thibitisha kuwa umelipokea, au fungua malalamiko kabla ulinzi wa mnunuzi haujaisha.
notification-body-order-updated = { $status ->
    [completed] Agizo lako limekamilika na muuzaji amelipwa.
    [cancelled] Agizo lako limeghairiwa.
    [disputed] Malalamiko yako yamefunguliwa. Pesa zako zinashikiliwa hadi yatatuliwe.
   *[other] Agizo lako limebadilika.
}
notification-body-transfer-received = Umepokea { $amount } kutoka kwa { $counterpart }.
notification-body-transfer-sent = Umetuma { $amount } kwa { $counterpart }.
notification-body-verification-approved = Utambulisho wako umethibitishwa: vikomo vyako vimeongezwa.
notification-body-verification-declined = Uthibitisho wa utambulisho wako haujakubaliwa: { $note }
notification-body-support-reply = Huduma kwa wateja imejibu: { $note }
notification-body-support-resolved = Ombi lako limetatuliwa: { $note }
notification-body-support-declined = Ombi lako limefungwa: { $note }
notification-body-account-frozen = Akaunti yako imesimamishwa, hivyo hakuna pesa inayoweza kutoka: { $note } Andikia huduma kwa wateja kujua la kufanya.
notification-body-account-thawed = Akaunti yako haijasimamishwa tena: unaweza kulipa, kuweka na kutuma pesa tena.
notification-verification-approved = Utambulisho umethibitishwa
notification-verification-declined = Uthibitisho haujakubaliwa
notification-payment = Malipo
notification-refund = Pesa zimerejeshwa
notification-top-up-settled = Pesa zimefika
notification-top-up-declined = Uwekaji haukupokelewa
notification-account-frozen = Akaunti imesimamishwa
notification-account-thawed = Akaunti imefunguliwa
notification-order-shipped = Agizo limetumwa
notification-order-delivered = Agizo limefika
notification-order-updated = Habari za agizo
notification-transfer-received = Umepokea pesa
notification-transfer-sent = Pesa zimetumwa
notification-other = Pocket

## Mipangilio

settings-email = Barua pepe
settings-level = Uthibitisho
settings-age = Mwanachama kwa
settings-age-days = { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
settings-country = Nchi
settings-language = Lugha
settings-change-language = Badilisha
settings-change-payment-password = Badilisha PIN ya malipo
settings-set-payment-password = Weka PIN ya malipo
settings-forgot-payment-password = Umesahau PIN ya malipo?
settings-verify-identity = Thibitisha utambulisho wako
settings-support = Msaada na huduma kwa wateja
settings-change-questions = Badilisha maswali ya usalama
settings-sign-out = Toka
settings-sign-out-title = Ungependa kutoka?
settings-sign-out-message = { $pending ->
    [0] Unaweza kuingia tena wakati wowote.
    [one] Muamala mmoja (malipo au uhamisho) bado unasubiri kutumwa. Utabaki umehifadhiwa na utatumwa utakapoingia tena.
   *[other] Miamala { $pending } (malipo au uhamisho) bado inasubiri kutumwa. Itabaki imehifadhiwa na itatumwa utakapoingia tena.
}
settings-sign-out-confirm = Toka
settings-sign-out-everywhere = Toka kwenye vifaa vyote
settings-sign-out-everywhere-title = Ungependa kutoka kwenye vifaa vyote?
settings-sign-out-everywhere-message = Kila simu na kivinjari kilichoingia kwenye akaunti yako kitatolewa, ikiwemo hiki. Tumia hii ikiwa simu ilipotea au ilitumiwa na mtu mwingine.
settings-sign-out-everywhere-confirm = Toka kila mahali

## Matatizo: kilichotokea (ujumbe), kichwa, na la kufanya (kidokezo)

problem-unknown = Hitilafu fulani imetokea.
    .title = Hitilafu fulani imetokea
problem-required = Jaza sehemu hii.
problem-missing_field = Jaza sehemu hii.
problem-invalid_email = Weka anwani ya barua pepe kama amina@example.com.
problem-email_looks_like_another = Barua pepe hii inachanganya herufi zinazofanana kutoka alfabeti tofauti. Iandike tena kwa mpangilio mmoja wa kibodi.
problem-password_too_short = Tumia angalau herufi 8.
problem-invalid_country = Chagua nchi yako.
problem-invalid_phone = Weka namba pamoja na msimbo wa nchi, kama +254 712 345 678.
problem-too_long = Hii ni ndefu mno; ifupishe.
problem-too_short = Hii ni fupi mno.
problem-too_many_items = Kuna vipengele vingi mno hapa.
problem-too_few_items = Ongeza angalau kimoja zaidi.
problem-invalid_format = Hii haiko katika muundo unaotarajiwa.
problem-invalid_choice = Chagua mojawapo ya chaguo.
problem-number_too_large = Nambari hii ni kubwa mno.
problem-number_too_small = Nambari hii ni ndogo mno.
problem-invalid_field = Kuna kitu si sawa katika fomu hii.
problem-forbidden_characters = Hapa kuna herufi isiyoonekana; iandike upya.
problem-wrong_credentials = Barua pepe au nenosiri si sahihi.
    .title = Imeshindikana kuingia
    .hint = Yakague kisha ujaribu tena.
problem-unknown_confirmation_token = Msimbo huo si sahihi.
    .hint = Kagua msimbo, au omba kiungo kipya.
problem-confirmation_link_expired = Kiungo hiki kimeisha muda: viungo vinafanya kazi kwa saa 24.
    .title = Kiungo kimeisha muda
    .hint = Omba kiungo kipya kutoka skrini hii.
problem-needs_sign_in = Ingia ili kuendelea.
    .title = Umetoka
problem-offline = Pocket haipatikani kwa sasa, na hakuna kilichohifadhiwa kwenye simu hii cha kuonyesha.
    .title = Huna mtandao
    .hint = Jaribu tena ukiwa na mtandao.
problem-internal = Hitilafu fulani imetokea kwenye simu hii.
    .title = Hitilafu fulani imetokea
    .hint = Jaribu tena. Ikiendelea kutokea, zima programu kisha uiwashe upya.
problem-will_retry = Hakuna mtandao: umehifadhiwa na utatumwa wenyewe.
problem-unknown_link = Kiungo hiki hakiwezi kufunguliwa kwenye Pocket.
    .title = Kiungo kisichojulikana

problem-not_six_digits = Weka tarakimu 6 za PIN yako ya malipo.
problem-wrong_length = PIN ya malipo ina tarakimu 6; hii ina { $length }.
problem-password-not_digits = Tumia tarakimu 0 hadi 9 tu.
problem-sequential_run = Tarakimu zinazofuatana kwenda juu au chini ni rahisi kukisia. Zichanganye.
problem-repeated_digits = Tarakimu ile ile mara 3 mfululizo ni rahisi kukisia.
problem-confirmation_mismatch = Hizo mbili hazilingani. Weka tarakimu zile zile 6 mara mbili.
problem-current_password_required = Weka PIN yako ya malipo ya sasa.
problem-wrong_payment_password = Hiyo si PIN yako ya malipo. { $attempts_left ->
    [one] Umebakiza jaribio { $attempts_left } kabla malipo hayajafungwa kwa muda.
   *[other] Umebakiza majaribio { $attempts_left } kabla malipo hayajafungwa kwa muda.
}
    .title = PIN ya malipo si sahihi
problem-payment_password_locked = PIN za malipo zisizo sahihi ni nyingi mno. Malipo yamefungwa hadi { $until }.
    .title = Malipo yamefungwa
    .hint = Subiri hadi wakati huo, au weka PIN mpya sasa: Mipangilio, "Umesahau PIN ya malipo?".
problem-payment_password_not_set = Kwanza weka PIN ya malipo: kila malipo yanathibitishwa kwa PIN hiyo.
    .title = Hakuna PIN ya malipo
problem-reference_required = Taja ni pesa zipi ulizoongeza au malipo yapi yanahusika.
problem-top_up_arrived = Pesa hizi tayari zimefika kwenye salio lako.
problem-order_not_paid = Agizo hili halikuwahi kulipwa, kwa hiyo hakuna malipo ya kuchunguza.
problem-document_required = Ongeza hati yako ya utambulisho: huduma kwa wateja hukagua kuwa ni wewe.
problem-case_closed = Ombi hili limefungwa.
problem-account_frozen = Akaunti yako imesimamishwa, hivyo hakuna pesa inayoweza kutoka. Andikia huduma kwa wateja kujua sababu na la kufanya.
problem-action-verify = Thibitisha utambulisho wako
problem-action-open = Fungua
problem-choose_document = Chagua hati.
problem-invalid_document_number = Andika namba ya hati kama ilivyochapishwa juu yake.
problem-verification_pending = Hati yako tayari inasubiri kukaguliwa. Tutakujulisha mara tu itakapokaguliwa.
problem-already_verified = Utambulisho wako tayari umethibitishwa.
problem-email_not_confirmed = Thibitisha barua pepe yako kwanza.
problem-answer_every_question = Jibu kila swali.
problem-wrong_security_answers = Angalau jibu moja si sahihi. { $attempts_left ->
    [one] Umebakiza jaribio { $attempts_left } kabla urejeshaji haujasimamishwa kwa muda.
   *[other] Umebakiza majaribio { $attempts_left } kabla urejeshaji haujasimamishwa kwa muda.
}
    .title = Jibu si sahihi
    .hint = Herufi kubwa au ndogo na nafasi za ziada hazijalishi.
problem-security_answers_locked = Majibu yasiyo sahihi ni mengi mno. Urejeshaji umesimamishwa hadi { $until }.
    .title = Urejeshaji umesimamishwa
problem-security_questions_not_set = Huna maswali ya usalama ya kujibu, kwa hiyo PIN yako ya malipo haiwezi kurejeshwa kwa barua pepe.
    .title = Hakuna maswali ya usalama
problem-unknown_recovery_link = Msimbo huo si sahihi.
    .hint = Kagua msimbo, au omba kiungo kipya.
problem-recovery_link_used = Kiungo hiki kimeshatumika.
    .title = Kiungo kimetumika
    .hint = Omba kiungo kipya kutoka skrini hii.
problem-recovery_link_replaced = Kiungo kipya zaidi kilitumwa baada ya hiki.
    .title = Kiungo cha zamani
    .hint = Fungua barua pepe ya hivi karibuni.
problem-recovery_link_expired = Kiungo hiki kimeisha muda: viungo vinafanya kazi kwa dakika 30.
    .title = Kiungo kimeisha muda
    .hint = Omba kiungo kipya kutoka skrini hii.
problem-recovery_link_cooldown = Kiungo kimetumwa sasa hivi. Fungua barua pepe ya hivi karibuni, au omba tena { $until }.
problem-sign_in_to_open_link = Ingia kwanza, kisha ufungue kiungo tena.
    .title = Umetoka
problem-too_few_questions = Jibu angalau maswali { $min }.
problem-duplicate_question = "{ $question }" limechaguliwa mara mbili. Chagua maswali tofauti.
problem-empty_answer = Jibu swali "{ $question }".

problem-invalid_length = Namba ya kadi ina tarakimu 12 hadi 19; hii ina { $digits }.
problem-number-not_digits = Tumia tarakimu tu (nafasi zinaruhusiwa).
problem-failed_checksum = Namba hii ya kadi si sahihi. Kagua kama kuna kosa la kuandika.
problem-unsupported_brand = Aina hii ya kadi haikubaliwi. Tumia Visa, Mastercard, American Express, Discover, JCB, UnionPay au Mir.
problem-bad_expiry_format = Andika tarehe ya kuisha kama MM/YY, kama ilivyo kwenye kadi.
problem-bad_expiry_month = { $month } si mwezi. Tumia 01 hadi 12.
problem-expired = Kadi hii iliisha muda mwishoni mwa { $expiry }. Tumia kadi nyingine.
problem-too_many_cards = Umehifadhi kadi { $max_cards }, idadi ya juu zaidi ambayo Pocket inaruhusu. Ondoa moja kwanza, au usiweke alama kwenye "Hifadhi".
    .title = Kadi ni nyingi mno
problem-card_declined = Benki yako imekataa kadi hii.
    .title = Kadi imekataliwa
    .hint = Hakuna kilichotozwa. Jaribu kadi nyingine au salio lako.
problem-card_insufficient_funds = Kadi haina pesa za kutosha.
    .title = Kadi imekataliwa
    .hint = Hakuna kilichotozwa. Jaribu kadi nyingine au salio lako.
problem-card_required = Chagua kadi.
problem-card_not_used = Kadi inahitajika tu kwa kuongeza pesa kwa kadi.
problem-one_time_code_required = Weka msimbo ambao benki yako ilituma kwa SMS.
problem-wrong_one_time_code = Msimbo huo si sahihi. { $attempts_left ->
    [one] Umebakiza jaribio { $attempts_left } kwa msimbo huu.
   *[other] Umebakiza majaribio { $attempts_left } kwa msimbo huu.
}
problem-one_time_code_void = Misimbo isiyo sahihi ni mingi mno: huu haufanyi kazi tena. Gusa "Tuma msimbo mpya".
problem-one_time_code_expired = Msimbo huo umeisha muda au msimbo mpya zaidi umetumwa. Gusa "Tuma msimbo mpya".
problem-one_time_code_cooldown = Msimbo mpya unaweza kutumwa { $until }.
problem-too_many_one_time_codes = Misimbo mingi mno imetumwa katika saa iliyopita. Msimbo mpya unaweza kutumwa { $until }.
problem-unsaved_card_used = Kadi uliyochagua kutoihifadhi inalipa mara moja tu. Iongeze tena, au uihifadhi, ili ulipe nayo.
problem-too_many_login_attempts = Manenosiri yasiyo sahihi ni mengi mno. Jaribu tena { $until }.
    .title = Subiri kidogo
problem-login_locked = Manenosiri yasiyo sahihi ni mengi mno: kuingia kwenye akaunti hii kumesimamishwa hadi { $until }.
    .title = Kuingia kumesimamishwa
problem-invalid_code = Weka tarakimu za msimbo kutoka kwenye SMS.
problem-code_still_required = Weka msimbo kutoka kwenye SMS ya mwisho.
problem-not_waiting_for_code = Hili halihitaji msimbo tena.
problem-unknown_action = Malipo haya hayapo tena kwenye simu hii.

problem-choose_rail = Chagua jinsi ya kuongeza pesa.
problem-provider_required = Chagua pochi yako ya kielektroniki.
problem-below_minimum = Kuongeza pesa kwa { $rail } kunaanzia { $minimum }.
problem-below_rail_minimum = Hiyo ni chini ya kiwango cha chini kwa njia hii ya kuongeza pesa.
problem-above_maximum = Kuongeza pesa kwa { $rail } ni hadi { $maximum } kwa mara moja. Kigawe kiasi, au chagua njia nyingine.
problem-above_rail_maximum = Hiyo ni juu ya kiwango cha juu kwa njia hii ya kuongeza pesa.
problem-monthly_cap_reached = Kwa { $rail } unaweza kuongeza { $cap } kwa siku 30; zimebaki { $left } sasa.
    .title = Kikomo cha mwezi kimefikiwa
problem-rail_monthly_cap = Njia hii ya kuongeza pesa imefikia kikomo chake cha mwezi.
    .title = Kikomo cha mwezi kimefikiwa
problem-top_up_not_pending = Pesa hizi tayari zimefika.

problem-not_a_number = "{ $text }" si kiasi. Andika namba kama 12.50.
problem-too_many_decimals = { $currency } ina desimali zisizozidi { $decimals }.
problem-negative = Kiasi hakiwezi kuwa chini ya sifuri.
problem-not_positive = Weka kiasi zaidi ya sifuri.
problem-too_large = Hiyo ni zaidi ya Pocket inavyoweza kushughulikia: hadi { $max } { $currency }.
problem-unknown_currency = { $code } si sarafu inayotumika kwenye Pocket.
problem-invalid_amount = Kiasi hicho si sahihi.
problem-currency_mismatch = Viasi hivyo viko kwa sarafu tofauti.
problem-would_go_negative = Hiyo ni zaidi ya kilichopo.
problem-invalid_rate = Kiwango cha ubadilishaji hakipatikani kwa sasa.
problem-insufficient_funds = Salio lako halitoshi kwa hili.
    .title = Pesa hazitoshi
    .hint = Ongeza pesa, au lipa kwa njia nyingine.

problem-per_payment = { $amount } ni zaidi ya kikomo cha { $ceiling } kwa malipo moja ({ $method }).
    .title = Umezidi kikomo chako
    .hint = Lipa kidogo kwa mara moja, au ongeza kikomo chako.
problem-per_day = { $amount } ni zaidi ya unachoweza kutumia kwa saa 24 ({ $method }). Unaweza kutumia { $left } sasa.
    .title = Umezidi kikomo chako cha siku
problem-per_month = { $amount } ni zaidi ya unachoweza kutumia kwa siku 30 ({ $method }). Unaweza kutumia { $left } sasa.
    .title = Umezidi kikomo chako cha mwezi

problem-parcel_not_eligible = Pocket haiwezi kulipia kifurushi katika agizo hili.
    .title = Pocket haiwezi kulipia kifurushi hiki
    .hint = Badilisha bidhaa, kisha ujaribu tena.
problem-empty_cart = Kikapu chako ni tupu.
problem-invalid_cart = Kuna kitu kwenye kikapu chako ambacho si sahihi. Kikague kisha ujaribu tena.
problem-invalid_quantity = Chagua idadi ya angalau 1.
problem-unknown_product = Bidhaa fulani haiuzwi tena. Iondoe kwenye kikapu chako.
problem-unknown_option = Chaguo ulilochagua halipatikani tena. Chagua upya.
problem-option_required = Chagua kila chaguo la bidhaa.
problem-unknown_coupon = Kuponi hii haipo.
problem-coupon_expired = Kuponi hii imeisha muda.
problem-coupon_used = Tayari umetumia kuponi hii.
problem-coupon_minimum = Agizo ni dogo mno kwa kuponi hii.
problem-choose_source = Chagua jinsi ya kulipa.
problem-payment_not_sent = Malipo hayakufanyika, na hakuna kilichotozwa.
    .title = Haijalipwa
    .hint = Jaribu tena.
problem-already_paid = Agizo hili tayari limelipwa. Haliwezi kulipwa mara mbili.
    .title = Tayari limelipwa
problem-illegal_transition = Hilo haliwezi kufanywa kwa agizo hili sasa.
    .title = Haiwezekani sasa
problem-protection_ended = Ulinzi wa mnunuzi kwa agizo hili umeisha.
    .title = Ulinzi umeisha
problem-protection_not_ended = Ulinzi wa mnunuzi kwa agizo hili bado haujaisha.
problem-refund_exceeds_paid = Pesa zinazorejeshwa haziwezi kuzidi zilizolipwa.
problem-missing_tracking_number = Agizo bado halina namba ya ufuatiliaji.

problem-unknown_recipient = Hakuna akaunti ya Pocket yenye barua pepe hii.
problem-transfer_to_self = Huwezi kujitumia pesa mwenyewe.
problem-unsupported_language = Pocket bado haizungumzi lugha hiyo.
problem-not_found = Hiki hakipo hapa tena.
    .title = Hakijapatikana
problem-unknown_route = Toleo hili la programu liliomba kitu ambacho huduma haikijui.
    .title = Sasisha programu
problem-idempotency_key_reused = Hili tayari lilitumwa likiwa na maelezo mengine.
problem-missing_idempotency_key = Ombi hili linahitaji ufunguo ili litumwe kwa usalama.
problem-invalid_idempotency_key = Ufunguo wa ombi hili si sahihi.
problem-malformed_json = Programu ilituma kitu ambacho huduma haiwezi kusoma.
problem-unreadable_body = Programu ilituma kitu ambacho huduma haiwezi kusoma.
problem-body_too_large = Hicho ni kingi mno kutuma kwa mara moja.
problem-not_a_boleto = Muamala huo wa kuongeza pesa si Boleto.
problem-step_too_large = Saa ya majaribio haiwezi kusogezwa mbali hivyo.

## Opening failed

opening-failed-title = Pocket haikuweza kuanza
opening-failed-message = Pocket haikuweza kufungua data iliyohifadhiwa au kifaa cha funguo cha simu yako. Fungua simu, hakikisha ina nafasi, kisha jaribu tena.
opening-failed-detail = Maelezo kwa huduma kwa wateja: { $detail }
opening-failed-retry = Jaribu tena
