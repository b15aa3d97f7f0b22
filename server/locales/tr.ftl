# Hizmetin gönderdiği e-postalar ve SMS'ler, Türkçe: İngilizce dosyadakiyle
# aynı mesajlar ve aynı yer tutucular.

email-confirm = Pocket hesabınızı onaylayın: { $link } ({ $hours } saat geçerli)
    .subject = E-postanızı onaylayın
email-sign-up-attempt = Birisi bu e-postayla bir Pocket hesabı oluşturmaya çalıştı, ancak bu e-postaya ait bir hesap zaten var. Bu sizseniz şifrenizle giriş yapın. Siz değilseniz hiçbir şey yapmanıza gerek yok: hesabınız değişmedi.
    .subject = Birisi e-postanızla kaydolmaya çalıştı
email-reset-password = Birisi Pocket hesabınızın şifresini sıfırlamak istedi. Yeni bir şifre belirlemek için { $link } bağlantısını { $minutes } dakika içinde açın; hesaba giriş yapılmış tüm telefonlarda oturum kapatılacak. Bu siz değilseniz bu e-postayı dikkate almayın: şifreniz değişmedi.
    .subject = Pocket şifrenizi sıfırlayın
email-password-changed = Pocket hesabınızın şifresi değiştirildi ve hesaba giriş yapılmış tüm telefonlarda oturum kapatıldı. Bu siz değilseniz şifrenizi hemen giriş ekranından yeniden sıfırlayın.
    .subject = Pocket şifreniz değiştirildi
email-recover-payment-password = Yeni bir ödeme şifresi belirlemek için { $link } bağlantısını { $minutes } dakika içinde açın ve güvenlik sorularınızı cevaplayın. Bu siz değilseniz hesabınıza başka biri giriş yapmış demektir: giriş şifrenizi değiştirin ve Ayarlar'da "Tüm cihazlarda çıkış yap"ı kullanın.
    .subject = Ödeme şifrenizi kurtarın
email-payment-password-changed = Pocket hesabınızın ödeme şifresi, güvenlik cevaplarınızla değiştirildi. Bu siz değilseniz hemen giriş şifrenizi değiştirin ve Ayarlar'da "Tüm cihazlarda çıkış yap"ı kullanın.
    .subject = Ödeme şifreniz değiştirildi
sms-code-card-payment = Pocket kodunuz: { $code }. Bu kod, kartla yapılan bir ödemeyi onaylar ve { $minutes } dakika geçerlidir. Pocket'tan hiç kimse bu kodu sizden istemez.
    .subject = Ödeme kodu
sms-code-card-top-up = Pocket kodunuz: { $code }. Bu kod, kartınızdan yapılan bir para yüklemesini onaylar ve { $minutes } dakika geçerlidir. Pocket'tan hiç kimse bu kodu sizden istemez.
    .subject = Yükleme kodu
