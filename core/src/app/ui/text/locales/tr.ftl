# Pocket'ın Türkçe metinleri. Burada olmayan bir mesaj İngilizce gösterilir.
# Argümanlar (tutarlar, tarihler) biçimlendirilmiş gelir; yalnızca çoğul
# biçimi seçen sayılar ham gelir.

language-name = Türkçe
app-name = Pocket
back = Geri

## Bu dilin biçimleri: sayılar, para, ağırlık, tarihler.

format-decimal = ,
format-group = .
format-money = { $symbol }{ $amount }
format-grams = { $grams } g
format-date = { $day } { $month } { $year }
format-time = { $hour24 }:{ $minute }
format-date-time = { $date } { $time }
time-am = ÖÖ
time-pm = ÖS
month-1 = Oca
month-2 = Şub
month-3 = Mar
month-4 = Nis
month-5 = May
month-6 = Haz
month-7 = Tem
month-8 = Ağu
month-9 = Eyl
month-10 = Eki
month-11 = Kas
month-12 = Ara
weekday-1 = Pzt
weekday-2 = Sal
weekday-3 = Çar
weekday-4 = Per
weekday-5 = Cum
weekday-6 = Cmt
weekday-7 = Paz

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

country-BR = Brezilya
country-RU = Rusya
country-KZ = Kazakistan
country-BY = Belarus
country-TR = Türkiye
country-ID = Endonezya
country-KE = Kenya
country-TZ = Tanzanya
country-GR = Yunanistan
country-ES = İspanya
country-MX = Meksika
country-AR = Arjantin
country-PT = Portekiz
country-US = Amerika Birleşik Devletleri
country-CN = Çin

## Her ekranda

tab-home = Ana sayfa
tab-shop = Mağaza
tab-orders = Siparişler
tab-profile = Profil
banner-offline = Çevrimdışısınız. Gördükleriniz bu telefona kaydedilmiş bilgiler.
banner-offline-saved = Çevrimdışısınız. { $at } itibarıyla kaydedilenler gösteriliyor.
banner-sending = { $count ->
    [one] Bir ödeme veya transfer bu telefona kaydedildi; yeniden çevrimiçi olduğunuzda gönderilecek.
   *[other] { $count } ödeme veya transfer bu telefona kaydedildi; yeniden çevrimiçi olduğunuzda gönderilecekler.
}
money-action-saved = Şu anda bağlantı yok. Bu işlem telefonunuza kaydedildi ve yeniden çevrimiçi olduğunuzda kendiliğinden gönderilecek. İki kez tahsil edilemez.
money-action-processing = Kartınızın bankası henüz karar vermedi. Karar verir vermez size haber vereceğiz. İki kez tahsil edilemez.
bank-page-message = Bankanız bunu kendi sayfasında onaylamanızı istiyor. Sayfayı açın, onaylayın; buraya geri döneceksiniz.
bank-page-open = Banka sayfasını aç
dialog-cancel = İptal
problem-dismiss = Tamam

title-sign-up = Hesabınızı oluşturun
title-check-email = E-postanızı onaylayın
title-sign-in = Giriş yap
title-reset-password = Yeni şifre
title-recover-payment-password = Ödeme şifremi unuttum
title-verification = Kimlik doğrulama
title-support = Yardım ve destek
title-new-support-case = Yeni talep
title-payment-password-setup = Ödeme şifresi oluşturun
title-payment-password-change = Ödeme şifresini değiştir
title-security-questions = Güvenlik soruları
title-home = Pocket
title-limits = Limitleriniz
title-top-up = Para yükle
title-cards = Kartlarınız
title-add-card = Kart ekle
title-replace-card = Kartı değiştir
title-catalogue = Mağaza
title-cart = Sepetiniz
title-checkout = Ödeme
title-pay = Öde
title-orders = Siparişleriniz
title-order = Sipariş: { $seller }
title-history = Geçmiş
title-receipt = Dekont
title-refund-receipt = İade dekontu
title-transfer = Para gönder
title-notifications = Bildirimler
title-settings = Profil ve ayarlar

## Bildirimler: bir şey yolunda gitti

notice-email-confirmed = E-postanız onaylandı.
notice-payment-password-changed = Ödeme şifreniz değiştirildi.
notice-questions-changed = Güvenlik sorularınız kaydedildi.
notice-all-set = Her şey hazır. Alışverişe başlamak için para yükleyin.
notice-card-removed = Kart kaldırıldı.
notice-card-replaced = { $card } eski kartın yerine geçti.
notice-card-saved = { $card } sonraki alışverişler için kaydedildi.
notice-card-one-off = { $card } yalnızca bu seferlik ödeme yapacak. Hesabınıza kaydedilmedi.
notice-added-to-cart = Sepete eklendi (sepette { $count } ürün var).
notice-receipt-confirmed = Teşekkürler! Satıcıya ödeme yapıldı.
notice-order-cancelled = Sipariş iptal edildi. Paranız geri gönderiliyor.
notice-dispute-opened = İtiraz açıldı. Sorun çözülene kadar paranız bekletilir.
notice-refund-destination = Tamam. İade, seçtiğiniz yere yapılacak.
notice-saved-will-send = Bağlantı yok: işlem kaydedildi ve kendiliğinden gönderilecek.
notice-language-changed = Dil değiştirildi.
notice-signed-out = Çıkış yaptınız.
notice-session-ended = Oturumunuz sona erdi. Yeniden giriş yapın; gönderilmeyi bekleyen her şey saklanıyor.
notice-check-inbox = { $email } adresine bir mesaj gönderdik. Mesajı açın, ardından giriş yapın.
notice-code-sent = Yeni kod SMS ile gönderiliyor.
notice-password-reset = Şifreniz değiştirildi ve tüm telefonlarda oturum kapatıldı. Yeni şifrenizle giriş yapın.
notice-payment-password-recovered = Yeni ödeme şifreniz kaydedildi ve ödemelerin kilidi açıldı.
notice-verification-sent = İncelemeye gönderildi. İncelenir incelenmez size haber vereceğiz.
notice-support-case-opened = Talebiniz gönderildi. Destek ekibi buradan yanıt verecek, size de bildirim gelecek.
notice-support-message-sent = Mesaj gönderildi.
code-resend = Yeni kod gönder

## Karşılama, kayıt, e-posta, giriş

welcome-tagline = Yurt dışındaki satıcılardan gelen paketleri güvenle ödeyin.
welcome-point-escrow = Paketiniz ulaşana kadar paranız bekletilir.
welcome-point-parcels = Hafif paketler için: her biri en fazla 2 kg.
welcome-point-cards = Kart numaranız asla telefonunuzda kalmaz.
welcome-sign-up = Hesap oluştur
welcome-sign-in = Hesabım var

sign-up-intro = Cüzdanınızı açmak için birkaç bilgiye ihtiyacımız var. Onaylamanız için e-postanıza bir bağlantı göndereceğiz.
sign-up-email = E-posta
sign-up-password = Şifre
sign-up-password-hint = En az { $min } karakter.
sign-up-given-name = Ad
sign-up-family-name = Soyadı
sign-up-address = Adres
sign-up-phone = Telefon
sign-up-phone-hint = Bankanızın SMS ile gönderdiği kodlar için.
sign-up-national-id = Kimlik numarası
sign-up-country = Ülke
sign-up-language = Dil
sign-up-submit = Hesap oluştur
sign-up-sign-in-instead = Hesabım var

check-email-message = { $email } adresine bir bağlantı gönderdik. Bağlantıyı bu telefonda açın ya da e-postadaki kodu yazın.
check-email-expires = Bağlantı { $at } tarihine kadar geçerli.
check-email-code = E-postadaki kod
check-email-confirm = Onayla
check-email-resend = Yeni bağlantı gönder
check-email-resent = { $email } adresine yeni bir bağlantı gönderiliyor.
check-email-sign-out = Başka bir e-posta kullan

sign-in-email = E-posta
sign-in-password = Şifre
sign-in-submit = Giriş yap
sign-in-sign-up-instead = Hesap oluştur
sign-in-forgot-password = Şifrenizi mi unuttunuz?

reset-password-intro = E-postanızı girin. Yeni bir şifre belirlemeniz için bir bağlantı göndereceğiz.
reset-password-intro-link = Yeni bir şifre belirleyin. Hesabınıza giriş yapılmış tüm telefonlarda oturum kapatılacak.
reset-password-email = E-posta
reset-password-new = Yeni şifre
reset-password-submit = Yeni şifreyi kaydet
recovery-send-link = Bana e-postayla bağlantı gönder
recovery-send-again = Tekrar gönder
recovery-sent = { $email } adresine ait bir Pocket hesabı varsa bağlantı yolda. Bağlantı { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} geçerli.
recovery-code = E-postadaki kod
recovery-code-hint = Bağlantıyı bu telefonda açın ya da "token=" ifadesinden sonraki kodu yapıştırın.
recover-payment-intro = Size e-postayla bir bağlantı göndereceğiz. Bu bağlantıyla güvenlik sorularınızı cevaplayıp yeni bir ödeme şifresi belirleyin.
recover-payment-intro-link = Güvenlik sorularınızı cevaplayın ve yeni bir ödeme şifresi belirleyin.
recover-payment-no-questions = Cevaplayacağınız güvenlik sorusu olmadığı için ödeme şifreniz e-postayla kurtarılamaz.
recover-payment-sent = { $email } adresine bir bağlantı gönderdik. Bağlantı { $until } tarihine kadar geçerli.
recover-payment-submit = Yeni ödeme şifresini kaydet

verification-intro = Kimliğinizi doğrulamak limitlerinizi yükseltir ve büyük alışverişler yapmanızı sağlar. Fotoğraflı bir belge kullanın ve bilgileri belgede yazdığı gibi girin.
verification-status-pending = { $date } tarihinde gönderildi, inceleme bekliyor. İncelenir incelenmez size haber vereceğiz.
verification-status-approved = Kimliğiniz doğrulandı: limitleriniz yükseltildi.
verification-status-declined = Onaylanmadı: { $reason } Yeniden belge gönderebilirsiniz.
verification-email-first = Önce e-postanızı onaylayın: ardından kimliğinizi doğrulayabilirsiniz.
verification-document = Belge
document-passport = Pasaport
document-national-id = Kimlik kartı
document-driving-licence = Sürücü belgesi
verification-number = Belge numarası
verification-country = Veren ülke
verification-name = Belgede yazdığı gibi ad soyad
verification-submit = İncelemeye gönder

support-intro = Gelmeyen bir yükleme, sorunlu bir ödeme ya da başka herhangi bir konu için bize yazın. Her yanıt buraya ve bildirim olarak gelir.
support-empty = Henüz talep yok.
support-new-case = Yeni talep
support-open-case = Talebi aç
support-message = Ne oldu?
support-reply = Mesajınız
support-send = Gönder
support-author-you = Siz
support-author-support = Pocket destek ekibi
support-top-up = Yükleme
support-topic-late-top-up = Bir yükleme gelmedi
support-topic-payment-problem = Bir ödemeyle ilgili sorun
support-topic-forgotten-security-answers = Güvenlik cevaplarımı unuttum
support-topic-other = Başka bir konu
support-status-open = Destek ekibi bekleniyor
support-status-answered = Yanıtlandı
support-status-resolved = Çözüldü
support-status-declined = Değişiklik yapılmadan kapatıldı
support-about-top-up = Yüklemeniz hakkında: { $top_up }
support-about-payment = { $date } tarihli { $amount } tutarındaki ödemeniz hakkında. Bu ödemenin dekontu talebinize eklenir.
support-about-answers = Destek ekibi kimlik belgenizi kontrol eder, ardından yeni bir ödeme şifresi ve yeni güvenlik soruları belirlemenizi sağlar.
top-up-report-late = Gelmedi mi? Destek ekibine başvurun
receipt-report = Bu ödemeyle ilgili sorun bildir
recover-payment-contact-support = Cevaplarınızı da mı unuttunuz? Destek ekibine başvurun

## Ödeme şifresi ve güvenlik soruları

payment-password-intro-setup = Her ödemeyi bu 6 haneyle onaylayacaksınız. Pocket bunları asla açık hâlde saklamaz.
payment-password-intro-change = Mevcut ödeme şifrenizi, ardından yenisini iki kez girin.
payment-password-rule-digits = Tam olarak { $digits } hane.
payment-password-rule-runs = 123456 veya 654321 gibi artan ya da azalan sıralı rakamlar olmasın.
payment-password-rule-repeats = Hiçbir rakam art arda { $max } kereden fazla tekrarlanmasın.
payment-password-current = Mevcut ödeme şifresi
payment-password-new = Yeni ödeme şifresi
payment-password-confirm = Aynı 6 hane tekrar
payment-password-submit = Kaydet

questions-intro = Ödeme şifrenizi unutursanız bu cevaplar yeni bir şifre belirlemenize yardımcı olur. { $min } soru seçin ve her birini cevaplayın.
questions-slot = Soru { $number }
questions-answer = Cevabınız
questions-submit = Kaydet
question-first-pet = İlk evcil hayvanınızın adı neydi?
question-birth-city = Hangi şehirde doğdunuz?
question-first-school = İlk okulunuzun adı neydi?
question-childhood-friend = Çocukluktaki en yakın arkadaşınızın adı nedir?
question-first-street = Büyüdüğünüz sokağın adı neydi?
question-favourite-teacher = En sevdiğiniz öğretmenin adı neydi?
question-first-job = İlk işiniz neydi?
question-grandmother-name = Büyükannenizin adı nedir?

## Ana sayfa ve limitler

home-greeting = Merhaba { $name }
home-greeting-anonymous = Merhaba
home-balance-pending = { $amount } yolda
shortcut-top-up = Para yükle
shortcut-transfer = Gönder
shortcut-cards = Kartlar
shortcut-history = Geçmiş
shortcut-notifications = Bildirimler
shortcut-limits = Limitler
verification-hint-email = Para yüklemek ve ödeme yapmak için e-postanızı onaylayın.
verification-hint-identity = Limitlerinizi yükseltmek ve büyük alışverişler yapmak için kimliğinizi doğrulayın.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Beklenen tarih: { $date }
top-up-on-its-way = Yolda
top-up-awaiting-boleto = Boleto'yu bir bankada ya da internetten ödemeniz bekleniyor.

pending-pay = { $reference } numaralı sipariş için { $amount } ödeniyor
pending-top-up = { $amount } yükleniyor
pending-transfer = { $amount }, { $reference } alıcısına gönderiliyor
pending-cancel-order = { $reference } numaralı sipariş iptal ediliyor
pending-confirm-receipt = { $reference } numaralı siparişin teslim alındığı onaylanıyor
pending-other = Bir para işlemi
pending-status-sending = Bu telefona kaydedildi; yeniden çevrimiçi olduğunuzda gönderilecek.
pending-status-code = Bankanızın SMS ile gönderdiği kod bekleniyor.
pending-status-bank = Bankanın onayı bekleniyor.

limit-method-balance = Bakiyeden ödemeler
limit-method-card = Kartla ödemeler
limit-method-top-up = { $rail } ile para yükleme
limit-left-today = Bugün kalan: { $amount }
limit-left-month = Bu ay kalan: { $amount }
limit-per-payment = Ödeme başına en fazla { $amount }
limit-frees-up = { $at } itibarıyla limitin bir kısmı yeniden açılır
limit-ceiling-per_payment = Ödeme başına { $ceiling }
limit-ceiling-per_day = 24 saatte { $ceiling }
limit-ceiling-per_month = 30 günde { $ceiling }
limit-raise-verify-email = E-postanızı onaylayın: en fazla { $ceiling }
limit-raise-verify-identity = Kimliğinizi doğrulayın: en fazla { $ceiling }
limit-raise-account-age = Hesabınız { $days } günlük olduğunda, { $date } tarihinden itibaren en fazla { $ceiling }
limits-standing = Hesabınız: { $level }, { $days ->
    [one] { $days } günlük
   *[other] { $days } günlük
}
limits-note = "Bugün" son 24 saat, "bu ay" ise son 30 gün demektir: harcadığınız para bu sürenin ardından yeniden kullanılabilir.
level-unverified = e-posta onaylanmadı
level-email-confirmed = e-posta onaylandı
level-identity-verified = kimlik doğrulandı

figure-limit = Limit
figure-left = Şu an kalan
figure-most-at-once = Tek ödemede en fazla
figure-fits-again = Bu tutar yeniden mümkün
figure-how-to-raise = Yükseltmek için

## Para yükleme

rail-bank_card = Banka kartı
rail-bank_transfer = Banka havalesi
rail-western_union = Western Union
rail-e_wallet = E-cüzdan
rail-boleto = Boleto
rail-limits = Her seferinde { $min } ile { $max } arası
rail-limits-monthly = En az { $min }, 30 günde en fazla { $max }
rail-limits-account = En az { $min }, en fazla kart limitiniz kadar
rail-arrives-instantly = Anında gelir
rail-arrives-in-days = En geç { $days } iş gününde gelir
rail-arrives-when-paid = Ödeme fişini ödediğinizde gelir
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Tutar ({ $currency })
top-up-limit-left = Limitlerinize göre bunun için bugün { $today }, bu ay { $month } kullanabilirsiniz.
top-up-add-card = Kart ekle
top-up-submit = Para yükle
top-up-credited = { $amount } yüklendi
top-up-credited-message = Artık bakiyenizde.
top-up-pending = { $amount } yolda
top-up-pending-message = Beklenen tarih: { $date }. O zamana kadar gelmezse destek ekibiyle iletişime geçin.
top-up-another = Daha fazla yükle

## Kartlar

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Son kullanma: { $expiry }
card-expired = Süresi doldu: ödeme yapamaz
card-one-off = Yalnızca bu ödeme için
cards-count = Kayıtlı kart: { $count }/{ $max }
cards-add = Kart ekle
cards-at-limit = { $max } kartınız var; Pocket'ın izin verdiği en fazla sayı bu. Başka bir kart eklemek için birini kaldırın.
cards-empty = Henüz kayıtlı kart yok.
cards-remove = Kaldır
cards-replace = Değiştir
cards-remove-title = Bu kart kaldırılsın mı?
cards-remove-message = { $card } artık ödeme yapamayacak. Daha sonra yeniden ekleyebilirsiniz.
cards-remove-confirm = Kaldır
cards-remove-cancel = Kalsın
add-card-number = Kart numarası
add-card-expiry = Son kullanma tarihi (AA/YY)
add-card-expiry-hint = Kartın üzerinde yazdığı gibi.
add-card-save = Bu kartı sonraki alışverişler için kaydet
add-card-save-hint = Kartı bir kez kullanmak için işaretlemeyin. En fazla { $max } kart kaydedebilirsiniz.
add-card-note = Kart numaranız ödeme hizmetine yalnızca bir kez gider; hizmet de Pocket'a numara yerine bir token verir. Numara bu telefonda asla saklanmaz.
add-card-submit = Kartı ekle
add-card-replacing = Yerine geçeceği kart: { $card }. Yeni kart önce bankası tarafından kontrol edilir; başarısız olursa eski kart kalır.
add-card-replace-submit = Kartı değiştir

## Alışveriş

catalogue-ships-from = Gönderildiği ülke: { $country }
catalogue-cart = { $count ->
    [0] Sepet
   *[other] Sepet ({ $count })
}
catalogue-note = Pocket, her biri en fazla { $weight } ağırlığında ve { $cap } değerinde olan paketleri öder.
option-colour = Renk
option-model = Model
option-size = Beden
option-plug = Fiş
product-seller = Satıcı: { $seller }
product-weight = Tanesi { $weight }
product-quantity = Adet: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Hemen al
product-add-to-cart = Sepete ekle
product-choose = Seçin: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = Bir azalt: { $item }
step-more = Bir artır: { $item }
cart-remove-line = Sepetten çıkar: { $item }
cart-total = Toplam { $total }
cart-checkout = Ödemeye geç
cart-empty = Sepetiniz boş.
parcel-from = Satıcı: { $seller }
parcel-weight = { $weight } / { $max }
parcel-value = { $value } / { $cap }
parcel-empty = { $seller } satıcısından gelen pakette hiçbir şey yok.
parcel-too-heavy = { $seller } satıcısından gelen paket { $weight } ağırlığında; Pocket en fazla { $max } ağırlığındaki paketleri öder. { $over } ağırlığında ürün çıkarın ya da bunları ayrı sipariş edin.
parcel-over-cap = { $seller } satıcısından gelen paketin değeri { $value }; Pocket değeri en fazla { $cap } olan paketleri öder. { $over } değerinde ürün çıkarın ya da bunları ayrı sipariş edin.
checkout-address = Teslimat adresi
checkout-address-hint = Hesabınızdaki adresi kullanmak için boş bırakın.
checkout-coupon = Kupon
checkout-total = { $total }, { $orders ->
    [one] { $orders } sipariş
   *[other] { $orders } sipariş, her satıcı için bir tane
}
checkout-place-order = Siparişi ver

## Ödeme

pay-progress = Sipariş { $number }/{ $count }
pay-source-balance = { $currency } bakiyesi
pay-source-available = Kullanılabilir: { $amount }
pay-new-card = Yeni kart kullan
pay-quote-loading = Kur ve limitleriniz kontrol ediliyor…
pay-you-pay = Ödeyeceğiniz tutar: { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = Bu ödemeden sonra kalan: bugün { $today }, bu ay { $month }.
pay-card-limits = Kart limitlerinize göre bugün { $today }, bu ay { $month } kullanabilirsiniz.
pay-short = { $currency } bakiyenizde { $amount } eksik. Para yükleyin ya da başka bir yolla ödeyin.
pay-password = Ödeme şifresi
pay-button = Öde: { $amount }
bank-code = SMS'teki kod
bank-code-hint = Bankanız bu kodu telefonunuza gönderdi.
bank-code-submit = Onayla
pay-paid = Ödendi. Paketin ulaştığını onaylayana kadar paranız bekletilir.
pay-next = Sonraki siparişi öde
pay-finish = Bitti

## Siparişler

orders-empty = Henüz sipariş yok.
order-summary = { $items ->
    [one] { $items } ürün
   *[other] { $items } ürün
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Ödeme bekleniyor
order-status-paid = Ödendi
order-status-shipped = Kargoya verildi
order-status-delivered = Teslim edildi
order-status-disputed = İtiraz sürüyor
order-status-completed = Tamamlandı
order-status-cancelled = İptal edildi
order-status-refunded = İade edildi
order-status-detail-created = Henüz ödenmedi.
order-status-detail-paid = Paket ulaşana kadar paranız bekletilir. Sıradaki adım, satıcının paketi göndermesi.
order-status-detail-shipped = Yolda. Ulaştığını onaylayana kadar paranız bekletilir.
order-status-detail-delivered = Teslim edildi. Alıcı koruması bitmeden teslim aldığınızı onaylayın ya da itiraz açın.
order-status-detail-disputed = İtiraz çözülene kadar paranız bekletilmeye devam eder.
order-status-detail-completed = Satıcıya ödeme yapıldı.
order-status-detail-cancelled = İptal edildi. Yapılan ödeme iade edildi.
order-status-detail-refunded = Paranız iade edildi.
order-line-price = Fiyat
order-line-discount = İndirim
order-discount = { $coupon } kuponuyla { $amount }
order-line-weight = Ağırlık
order-line-placed = Sipariş tarihi
order-line-tracking = Takip numarası
order-line-delivered = Teslim tarihi
order-line-protection = Alıcı koruması bitişi
order-line-dispute = İtiraz
order-line-held = Sizin için bekletilen
order-line-refunded = İade edilen
order-line-released = Satıcıya ödenen
order-line-refund-to = İadenin gideceği yer
order-pay = Öde
order-cancel = Siparişi iptal et
order-confirm-receipt = Teslim aldım
order-open-dispute = İtiraz aç
order-refund-destination = İadenin gideceği yer
order-receipt = Dekont
order-confirm-receipt-title = Paketiniz ulaştı mı?
order-confirm-receipt-message = Satıcıya { $amount } ödenecek. Bundan sonra itiraz açamazsınız.
order-confirm-receipt-confirm = Evet, satıcıya öde
order-cancel-title = Bu sipariş iptal edilsin mi?
order-cancel-message = Henüz kargoya verilmedi; bu yüzden { $amount } tutarın tamamını geri alırsınız.
order-cancel-confirm = Siparişi iptal et
order-cancel-keep = Kalsın
order-dispute-title = Ne ters gitti?
order-dispute-message = Biz inceleme yaparken paranız bekletilmeye devam eder. Haklıysanız tam ya da kısmi iade alırsınız.
order-refund-title = İade nereye yapılsın?
order-refund-message = Bu yalnızca size para geri dönerse önemlidir.
dispute-not-received = Hiç ulaşmadı
dispute-not-as-described = Açıklandığı gibi değil
dispute-wrong-item = Yanlış ürün geldi
refund-to-same = Ödemenin yapıldığı yere
refund-to-balance = Pocket bakiyenize
refund-to-origin = Bakiyenizin yüklendiği kaynağa
refund-to-detail-same = Bakiyeyle ödediyseniz bakiyenize, kartla ödediyseniz kartınıza.
refund-to-detail-balance = Kartla ödediyseniz bile.
refund-to-detail-origin = Bakiyeyle ödediyseniz: parayı yüklediğiniz karta ya da hesaba.

## Geçmiş ve dekontlar

history-empty = Burada henüz bir şey yok.
history-more = { $count } tane daha göster
history-kind-payment = Sipariş ödemesi
history-kind-refund = İade
history-kind-top-up = Para yüklendi
history-kind-top-up-settled = Para geldi
history-kind-top-up-declined = Yükleme iade edildi
history-kind-transfer = Transfer
history-kind-escrow-release = Satıcıya ödendi
history-kind-sandbox-grant = Test parası
history-kind-other = Para hareketi
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Bakiye
history-source-card = Kart
history-source-top-up = Para yüklediğiniz kaynak
receipt-payment = Ödeme
receipt-order = Sipariş
receipt-paid = Ödenen
receipt-amount-usd = Sipariş fiyatı
receipt-method = Ödeme yöntemi
receipt-method-balance = Pocket bakiyesi
receipt-method-card = Kart
receipt-card = Kart
receipt-rate = Kur
receipt-at = Zaman
refund-amount = İade edilen
refund-to = İade yeri
refund-top-up = Yükleme
refunded-to-card = Kartınız
refunded-to-balance = Pocket bakiyeniz
receipt-support = İki kez mi ücretlendirildiniz, ya da almadığınız bir şey için mi ödeme alındı? Bu dekontla destek ekibine başvurun.

## Transferler

transfer-to = Alıcının e-postası
transfer-amount = Tutar
transfer-amount-hint = { $currency } cinsinden, bakiyenizden.
transfer-note = Not (isteğe bağlı)
transfer-password = Ödeme şifresi
transfer-submit = Gönder
transfer-sent = { $email } adresine { $amount } gönderildi.
transfer-another = Daha fazla gönder

## Bildirimler

notifications-empty = Henüz bildirim yok.
notification-support-reply = Destek ekibi yanıt verdi
notification-support-resolved = Talep çözüldü
notification-support-declined = Talep kapatıldı
notification-body-payment = { $amount } ödediniz. Siparişi teslim aldığınızı onaylayana kadar paranız bekletilir.
notification-body-refund = { $to ->
    [card] { $amount } kartınıza iade edildi.
    [top_up_source] { $amount }, bakiyenizi yüklediğiniz kaynağa iade edildi: { $source }.
   *[other] { $amount } Pocket bakiyenize iade edildi.
}
notification-body-top-up-settled = { $amount } Pocket bakiyenize geldi.
notification-body-top-up-declined = { $amount } tutarındaki yüklemeniz Pocket'a ulaşmadı ve bekleyen bakiyenizden düşüldü: { $note }
notification-body-order-shipped = Siparişiniz yolda. Takip numarası: { $tracking }.
notification-body-order-delivered = Siparişiniz teslim edildi. Alıcı koruması bitmeden teslim aldığınızı onaylayın ya da itiraz açın.
notification-body-order-updated = { $status ->
    [completed] Siparişiniz tamamlandı ve satıcıya ödeme yapıldı.
    [cancelled] Siparişiniz iptal edildi.
    [disputed] İtirazınız açıldı. Sorun çözülene kadar paranız bekletilir.
   *[other] Siparişinizde değişiklik var.
}
notification-body-transfer-received = { $counterpart } adresinden { $amount } aldınız.
notification-body-transfer-sent = { $counterpart } adresine { $amount } gönderdiniz.
notification-body-verification-approved = Kimliğiniz doğrulandı: limitleriniz yükseltildi.
notification-body-verification-declined = Kimlik doğrulamanız onaylanmadı: { $note }
notification-body-support-reply = Destek ekibi yanıt verdi: { $note }
notification-body-support-resolved = Talebiniz çözüldü: { $note }
notification-body-support-declined = Talebiniz kapatıldı: { $note }
notification-body-account-frozen = Hesabınız donduruldu, hesaptan para çıkamaz: { $note } Ne yapmanız gerektiğini öğrenmek için desteğe yazın.
notification-body-account-thawed = Hesabınız artık dondurulmuş değil: yeniden ödeme yapabilir, para yükleyebilir ve gönderebilirsiniz.
notification-verification-approved = Kimlik doğrulandı
notification-verification-declined = Doğrulama onaylanmadı
notification-payment = Ödeme
notification-refund = İade
notification-top-up-settled = Para geldi
notification-top-up-declined = Yükleme alınmadı
notification-account-frozen = Hesap donduruldu
notification-account-thawed = Hesabın dondurulması kaldırıldı
notification-order-shipped = Sipariş kargoya verildi
notification-order-delivered = Sipariş teslim edildi
notification-order-updated = Sipariş güncellemesi
notification-transfer-received = Para alındı
notification-transfer-sent = Para gönderildi
notification-other = Pocket

## Ayarlar

settings-email = E-posta
settings-level = Doğrulama
settings-age = Üyelik süresi
settings-age-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
settings-country = Ülke
settings-language = Dil
settings-change-language = Değiştir
settings-change-payment-password = Ödeme şifresini değiştir
settings-set-payment-password = Ödeme şifresi belirle
settings-forgot-payment-password = Ödeme şifrenizi mi unuttunuz?
settings-verify-identity = Kimliğinizi doğrulayın
settings-support = Yardım ve destek
settings-change-questions = Güvenlik sorularını değiştir
settings-sign-out = Çıkış yap
settings-sign-out-title = Çıkış yapılsın mı?
settings-sign-out-message = { $pending ->
    [0] İstediğiniz zaman yeniden giriş yapabilirsiniz.
    [one] Bir ödeme veya transfer hâlâ gönderilmeyi bekliyor. Kayıtlı kalır ve yeniden giriş yaptığınızda gönderilir.
   *[other] { $pending } ödeme veya transfer hâlâ gönderilmeyi bekliyor. Kayıtlı kalırlar ve yeniden giriş yaptığınızda gönderilirler.
}
settings-sign-out-confirm = Çıkış yap
settings-sign-out-everywhere = Tüm cihazlarda çıkış yap
settings-sign-out-everywhere-title = Tüm cihazlarda çıkış yapılsın mı?
settings-sign-out-everywhere-message = Hesabınızın açık olduğu tüm telefon ve tarayıcılarda, bu cihaz da dahil, oturum kapatılır. Bir telefon kaybolduysa ya da başkasıyla paylaşıldıysa bunu kullanın.
settings-sign-out-everywhere-confirm = Her yerde çıkış yap

## Sorunlar: ne oldu (mesaj), bir başlık ve ne yapmalı (ipucu)

problem-unknown = Bir sorun oluştu.
    .title = Bir sorun oluştu
problem-required = Bu alanı doldurun.
problem-missing_field = Bu alanı doldurun.
problem-invalid_email = ayse@example.com gibi bir e-posta adresi girin.
problem-email_looks_like_another = Bu e-posta farklı alfabelerden birbirine benzeyen harfler içeriyor. Tek bir klavye düzeniyle yeniden yazın.
problem-password_too_short = En az 8 karakter kullanın.
problem-invalid_country = Ülkenizi seçin.
problem-invalid_phone = Numarayı ülke koduyla girin, örneğin +90 532 123 45 67.
problem-too_long = Bu çok uzun; kısaltın.
problem-too_short = Bu çok kısa.
problem-too_many_items = Burada çok fazla öğe var.
problem-too_few_items = En az bir tane daha ekleyin.
problem-invalid_format = Bu beklenen biçimde değil.
problem-invalid_choice = Seçeneklerden birini seçin.
problem-number_too_large = Bu sayı çok büyük.
problem-number_too_small = Bu sayı çok küçük.
problem-invalid_field = Bu formda bir şey doğru değil.
problem-forbidden_characters = Burada görünmeyen bir karakter var; yeniden yazın.
problem-wrong_credentials = E-posta veya şifre yanlış.
    .title = Giriş yapılamıyor
    .hint = Kontrol edip tekrar deneyin.
problem-unknown_confirmation_token = Bu kod doğru değil.
    .hint = Kodu kontrol edin ya da yeni bir bağlantı isteyin.
problem-confirmation_link_expired = Bu bağlantının süresi doldu: bağlantılar 24 saat geçerlidir.
    .title = Bağlantının süresi doldu
    .hint = Bu ekrandan yeni bir bağlantı isteyin.
problem-needs_sign_in = Devam etmek için giriş yapın.
    .title = Oturum kapalı
problem-offline = Şu anda Pocket'a ulaşılamıyor ve bu telefonda gösterilecek kayıtlı bir şey yok.
    .title = Çevrimdışısınız
    .hint = Bağlandığınızda tekrar deneyin.
problem-internal = Bu telefonda bir sorun oluştu.
    .title = Bir sorun oluştu
    .hint = Tekrar deneyin. Sorun devam ederse uygulamayı yeniden başlatın.
problem-will_retry = Bağlantı yok: işlem kaydedildi ve kendiliğinden gönderilecek.
problem-unknown_link = Bu bağlantı Pocket'ta açılamıyor.
    .title = Bilinmeyen bağlantı

problem-not_six_digits = Ödeme şifrenizin 6 hanesini girin.
problem-wrong_length = Ödeme şifresi 6 hanelidir; bu { $length } haneli.
problem-password-not_digits = Yalnızca 0-9 arası rakamları kullanın.
problem-sequential_run = Artan ya da azalan sıralı rakamlar kolay tahmin edilir. Karıştırın.
problem-repeated_digits = Aynı rakamın art arda 3 kez gelmesi kolay tahmin edilir.
problem-confirmation_mismatch = İkisi eşleşmiyor. Aynı 6 haneyi iki kez girin.
problem-current_password_required = Mevcut ödeme şifrenizi girin.
problem-wrong_payment_password = Bu sizin ödeme şifreniz değil. { $attempts_left ->
    [one] Ödemeler bir süreliğine kilitlenmeden önce { $attempts_left } deneme hakkınız kaldı.
   *[other] Ödemeler bir süreliğine kilitlenmeden önce { $attempts_left } deneme hakkınız kaldı.
}
    .title = Yanlış ödeme şifresi
problem-payment_password_locked = Çok fazla yanlış ödeme şifresi girildi. Ödemeler { $until } tarihine kadar kilitli.
    .title = Ödemeler kilitli
    .hint = O zamana kadar bekleyin ya da şimdi yeni bir şifre belirleyin: Ayarlar, "Ödeme şifrenizi mi unuttunuz?".
problem-payment_password_not_set = Önce bir ödeme şifresi belirleyin: her ödeme bu şifreyle onaylanır.
    .title = Ödeme şifresi yok
problem-reference_required = Hangi yükleme ya da ödemeyle ilgili olduğunu belirtin.
problem-top_up_arrived = Bu yükleme zaten bakiyenize geçti.
problem-order_not_paid = Bu sipariş hiç ödenmedi, bu yüzden incelenecek bir ödeme yok.
problem-document_required = Kimlik belgenizi ekleyin: destek ekibi bunun siz olduğunuzu kontrol eder.
problem-case_closed = Bu talep kapatıldı.
problem-account_frozen = Hesabınız donduruldu, hesaptan para çıkamaz. Nedenini ve ne yapmanız gerektiğini öğrenmek için desteğe yazın.
problem-action-verify = Kimliğinizi doğrulayın
problem-action-open = Aç
problem-choose_document = Bir belge seçin.
problem-invalid_document_number = Belge numarasını belgede yazdığı gibi girin.
problem-verification_pending = Belgeniz zaten inceleme bekliyor. İncelenir incelenmez size haber vereceğiz.
problem-already_verified = Kimliğiniz zaten doğrulandı.
problem-email_not_confirmed = Önce e-postanızı onaylayın.
problem-answer_every_question = Tüm soruları cevaplayın.
problem-wrong_security_answers = En az bir cevap doğru değil. { $attempts_left ->
    [one] Kurtarma bir süreliğine durdurulmadan önce { $attempts_left } deneme hakkınız kaldı.
   *[other] Kurtarma bir süreliğine durdurulmadan önce { $attempts_left } deneme hakkınız kaldı.
}
    .title = Yanlış cevap
    .hint = Büyük/küçük harf ve fazladan boşluklar önemli değil.
problem-security_answers_locked = Çok fazla yanlış cevap verildi. Kurtarma { $until } tarihine kadar durduruldu.
    .title = Kurtarma durduruldu
problem-security_questions_not_set = Cevaplayacağınız güvenlik sorusu olmadığı için ödeme şifreniz e-postayla kurtarılamaz.
    .title = Güvenlik sorusu yok
problem-unknown_recovery_link = Bu kod doğru değil.
    .hint = Kodu kontrol edin ya da yeni bir bağlantı isteyin.
problem-recovery_link_used = Bu bağlantı zaten kullanıldı.
    .title = Bağlantı kullanıldı
    .hint = Bu ekrandan yeni bir bağlantı isteyin.
problem-recovery_link_replaced = Bundan sonra daha yeni bir bağlantı gönderildi.
    .title = Eski bağlantı
    .hint = En son gelen e-postayı açın.
problem-recovery_link_expired = Bu bağlantının süresi doldu: bağlantılar 30 dakika geçerlidir.
    .title = Bağlantının süresi doldu
    .hint = Bu ekrandan yeni bir bağlantı isteyin.
problem-recovery_link_cooldown = Az önce bir bağlantı gönderildi. En son gelen e-postayı açın ya da { $until } itibarıyla tekrar gönderin.
problem-sign_in_to_open_link = Önce giriş yapın, ardından bağlantıyı yeniden açın.
    .title = Oturum kapalı
problem-too_few_questions = En az { $min } soruyu cevaplayın.
problem-duplicate_question = "{ $question }" iki kez seçildi. Farklı sorular seçin.
problem-empty_answer = Şu soruyu cevaplayın: "{ $question }"

problem-invalid_length = Kart numarası 12 ile 19 hane arasındadır; bu { $digits } haneli.
problem-number-not_digits = Yalnızca rakam kullanın (boşluk olabilir).
problem-failed_checksum = Bu kart numarası geçerli değil. Yazım hatası olup olmadığını kontrol edin.
problem-unsupported_brand = Bu kart markası kabul edilmiyor. Visa, Mastercard, American Express, Discover, JCB, UnionPay veya Mir kullanın.
problem-bad_expiry_format = Son kullanma tarihini kartta olduğu gibi AA/YY şeklinde yazın.
problem-bad_expiry_month = { $month } bir ay değil. 01 ile 12 arasında bir değer girin.
problem-expired = Bu kartın süresi { $expiry } sonunda doldu. Başka bir kart kullanın.
problem-too_many_cards = { $max_cards } kayıtlı kartınız var; Pocket'ın izin verdiği en fazla sayı bu. Önce birini kaldırın ya da "Kaydet"i işaretlemeyin.
    .title = Çok fazla kart
problem-card_declined = Bankanız bu kartı reddetti.
    .title = Kart reddedildi
    .hint = Hiçbir ücret alınmadı. Başka bir kart ya da bakiyenizi deneyin.
problem-card_insufficient_funds = Kartta yeterli para yok.
    .title = Kart reddedildi
    .hint = Hiçbir ücret alınmadı. Başka bir kart ya da bakiyenizi deneyin.
problem-card_required = Bir kart seçin.
problem-card_not_used = Kart yalnızca kartla para yüklerken kullanılır.
problem-one_time_code_required = Bankanızın SMS ile gönderdiği kodu girin.
problem-wrong_one_time_code = Bu kod doğru değil. { $attempts_left ->
    [one] Bu kod için { $attempts_left } deneme hakkınız kaldı.
   *[other] Bu kod için { $attempts_left } deneme hakkınız kaldı.
}
problem-one_time_code_void = Çok fazla yanlış kod girildi: bu kod artık geçersiz. "Yeni kod gönder"e dokunun.
problem-one_time_code_expired = Bu kodun süresi doldu ya da daha yeni bir kod gönderildi. "Yeni kod gönder"e dokunun.
problem-one_time_code_cooldown = Yeni kod { $until } itibarıyla gönderilebilir.
problem-too_many_one_time_codes = Son bir saatte çok fazla kod gönderildi. Yeni kod { $until } itibarıyla gönderilebilir.
problem-unsaved_card_used = Kaydetmemeyi seçtiğiniz bir kart yalnızca bir kez ödeme yapar. Bu kartla ödemek için kartı yeniden ekleyin ya da kaydedin.
problem-too_many_login_attempts = Çok fazla yanlış şifre girildi. { $until } itibarıyla tekrar deneyin.
    .title = Biraz bekleyin
problem-login_locked = Çok fazla yanlış şifre girildi: bu hesaba giriş { $until } tarihine kadar durduruldu.
    .title = Giriş durduruldu
problem-invalid_code = SMS'teki kodun rakamlarını girin.
problem-code_still_required = Son SMS'teki kodu girin.
problem-not_waiting_for_code = Bunun için artık kod gerekmiyor.
problem-unknown_action = Bu ödeme artık bu telefonda değil.

problem-choose_rail = Nasıl para yükleyeceğinizi seçin.
problem-provider_required = E-cüzdanınızı seçin.
problem-below_minimum = { $rail } ile en az { $minimum } yüklenebilir.
problem-below_rail_minimum = Bu tutar, bu para yükleme yönteminin alt sınırının altında.
problem-above_maximum = { $rail } ile en fazla { $maximum } yüklenebilir. Tutarı bölün ya da başka bir yöntem seçin.
problem-above_rail_maximum = Bu tutar, bu para yükleme yönteminin üst sınırının üstünde.
problem-monthly_cap_reached = { $rail } ile 30 günde { $cap } yüklenebilir; şu an kalan { $left }.
    .title = Aylık sınıra ulaşıldı
problem-rail_monthly_cap = Bu para yükleme yöntemi aylık sınırına ulaştı.
    .title = Aylık sınıra ulaşıldı
problem-top_up_not_pending = Bu yükleme zaten hesabınıza geçti.

problem-not_a_number = "{ $text }" bir tutar değil. 12,50 gibi bir sayı yazın.
problem-too_many_decimals = { $currency } en fazla { $decimals } ondalık basamak alır.
problem-negative = Tutarlar sıfırdan küçük olamaz.
problem-not_positive = Sıfırdan büyük bir tutar girin.
problem-too_large = Bu, Pocket'ın işleyebileceğinden fazla: en fazla { $max } { $currency }.
problem-unknown_currency = { $code }, Pocket'ın desteklediği bir para birimi değil.
problem-invalid_amount = Bu tutar geçerli değil.
problem-currency_mismatch = Bu tutarlar farklı para birimlerinde.
problem-would_go_negative = Bu, mevcut olandan fazla.
problem-invalid_rate = Döviz kuru şu anda alınamıyor.
problem-insufficient_funds = Bakiyeniz bunun için yeterli değil.
    .title = Yetersiz bakiye
    .hint = Para yükleyin ya da başka bir yolla ödeyin.

problem-per_payment = { $amount }, tek ödeme için { $ceiling } olan limitin üstünde ({ $method }).
    .title = Limitinizin üstünde
    .hint = Tek seferde daha az ödeyin ya da limitinizi yükseltin.
problem-per_day = { $amount }, 24 saatte harcayabileceğinizden fazla ({ $method }). Şu anda { $left } harcayabilirsiniz.
    .title = Günlük limitinizin üstünde
problem-per_month = { $amount }, 30 günde harcayabileceğinizden fazla ({ $method }). Şu anda { $left } harcayabilirsiniz.
    .title = Aylık limitinizin üstünde

problem-parcel_not_eligible = Pocket bu siparişteki bir paketi ödeyemiyor.
    .title = Pocket bu paketi ödeyemiyor
    .hint = Ürünleri değiştirip tekrar deneyin.
problem-empty_cart = Sepetiniz boş.
problem-invalid_cart = Sepetinizdeki bir şey geçerli değil. Kontrol edip tekrar deneyin.
problem-invalid_quantity = En az 1 adet seçin.
problem-unknown_product = Bir ürün artık satılmıyor. Sepetinizden çıkarın.
problem-unknown_option = Seçtiğiniz bir seçenek artık sunulmuyor. Yeniden seçin.
problem-option_required = Ürünün tüm seçeneklerini seçin.
problem-unknown_coupon = Bu kupon mevcut değil.
problem-coupon_expired = Bu kuponun süresi doldu.
problem-coupon_used = Bu kuponu zaten kullandınız.
problem-coupon_minimum = Sipariş bu kupon için çok küçük.
problem-choose_source = Nasıl ödeyeceğinizi seçin.
problem-payment_not_sent = Ödeme yapılmadı ve hiçbir ücret alınmadı.
    .title = Ödenmedi
    .hint = Tekrar deneyin.
problem-already_paid = Bu sipariş zaten ödendi. İki kez ödenemez.
    .title = Zaten ödendi
problem-illegal_transition = Bu işlem şu anda bu siparişte yapılamaz.
    .title = Şu anda mümkün değil
problem-protection_ended = Bu siparişin alıcı koruması sona erdi.
    .title = Koruma sona erdi
problem-protection_not_ended = Bu siparişin alıcı koruması henüz sona ermedi.
problem-refund_exceeds_paid = İade, ödenen tutardan fazla olamaz.
problem-missing_tracking_number = Siparişin henüz takip numarası yok.

problem-unknown_recipient = Bu e-postaya ait bir Pocket hesabı yok.
problem-transfer_to_self = Kendinize para gönderemezsiniz.
problem-unsupported_language = Pocket henüz bu dili konuşmuyor.
problem-not_found = Bu artık burada değil.
    .title = Bulunamadı
problem-unknown_route = Uygulamanın bu sürümü, hizmetin tanımadığı bir şey istedi.
    .title = Uygulamayı güncelleyin
problem-idempotency_key_reused = Bu zaten başka bilgilerle gönderildi.
problem-missing_idempotency_key = Bu isteğin güvenle gönderilmesi için bir anahtar gerekiyor.
problem-invalid_idempotency_key = Bu isteğin anahtarı geçerli değil.
problem-malformed_json = Uygulama, hizmetin okuyamadığı bir şey gönderdi.
problem-unreadable_body = Uygulama, hizmetin okuyamadığı bir şey gönderdi.
problem-body_too_large = Tek seferde gönderilemeyecek kadar fazla.
problem-not_a_boleto = Bu yükleme bir Boleto değil.
problem-step_too_large = Test saati o kadar ileri alınamaz.

## Opening failed

opening-failed-title = Pocket başlatılamadı
opening-failed-message = Pocket kayıtlı verilerini veya telefonunuzun anahtar zincirini açamadı. Telefonunuzun kilidini açın, boş alan olduğundan emin olun ve yeniden deneyin.
opening-failed-detail = Destek için ayrıntılar: { $detail }
opening-failed-retry = Yeniden dene
