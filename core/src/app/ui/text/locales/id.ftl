# Teks Pocket dalam bahasa Indonesia. Pesan yang tidak ada di sini
# ditampilkan dalam bahasa Inggris. Argumen sudah diformat (jumlah, tanggal),
# kecuali angka yang dipakai untuk memilih bentuk jamak.

language-name = Bahasa Indonesia
app-name = Pocket
back = Kembali

## Format bahasa ini: angka, uang, berat, tanggal.

format-decimal = ,
format-group = .
format-money = { $symbol }{ $amount }
format-grams = { $grams } g
format-date = { $day } { $month } { $year }
format-time = { $hour24 }.{ $minute }
format-date-time = { $date }, { $time }
time-am = AM
time-pm = PM
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = Mei
month-6 = Jun
month-7 = Jul
month-8 = Agu
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Des
weekday-1 = Sen
weekday-2 = Sel
weekday-3 = Rab
weekday-4 = Kam
weekday-5 = Jum
weekday-6 = Sab
weekday-7 = Min

currency-USD = US$
currency-EUR = €
currency-GBP = £
currency-JPY = ¥
currency-CNY = CN¥
currency-RUB = ₽
currency-BRL = R$
currency-KRW = ₩
currency-INR = ₹
currency-CAD = CA$
currency-AUD = AU$
currency-CHF = {"CHF\u00A0"}
currency-TRY = ₺
currency-KWD = {"KWD\u00A0"}

country-BR = Brasil
country-RU = Rusia
country-KZ = Kazakhstan
country-BY = Belarus
country-TR = Turki
country-ID = Indonesia
country-KE = Kenya
country-TZ = Tanzania
country-GR = Yunani
country-ES = Spanyol
country-MX = Meksiko
country-AR = Argentina
country-PT = Portugal
country-US = Amerika Serikat
country-CN = Tiongkok

## Di setiap layar

tab-home = Beranda
tab-shop = Belanja
tab-orders = Pesanan
tab-profile = Profil
banner-offline = Anda sedang offline. Yang Anda lihat adalah data yang tersimpan di ponsel ini.
banner-offline-saved = Anda sedang offline. Menampilkan data yang tersimpan pada { $at }.
banner-sending = { $count ->
   *[other] { $count } pembayaran atau transfer tersimpan di ponsel ini dan akan dikirim saat Anda kembali online.
}
money-action-saved = Sedang tidak ada koneksi. Transaksi ini tersimpan di ponsel Anda dan akan terkirim otomatis saat Anda kembali online. Transaksi ini tidak mungkin ditagih dua kali.
money-action-processing = Bank kartu Anda masih memutuskan. Kami akan memberi tahu Anda segera setelahnya. Tidak bisa ditagih dua kali.
bank-page-message = Bank Anda meminta Anda mengonfirmasi ini di halamannya. Buka, konfirmasi, lalu Anda akan kembali ke sini.
bank-page-open = Buka halaman bank
dialog-cancel = Batal
problem-dismiss = OK

title-sign-up = Buat akun Anda
title-check-email = Konfirmasi email Anda
title-sign-in = Masuk
title-reset-password = Kata sandi baru
title-recover-payment-password = Lupa PIN pembayaran
title-verification = Verifikasi identitas
title-support = Bantuan dan layanan pelanggan
title-new-support-case = Permintaan bantuan baru
title-payment-password-setup = Buat PIN pembayaran
title-payment-password-change = Ubah PIN pembayaran
title-security-questions = Pertanyaan keamanan
title-home = Pocket
title-limits = Limit Anda
title-top-up = Isi saldo
title-cards = Kartu Anda
title-add-card = Tambah kartu
title-replace-card = Ganti kartu
title-catalogue = Belanja
title-cart = Keranjang Anda
title-checkout = Checkout
title-pay = Bayar
title-orders = Pesanan Anda
title-order = Pesanan dari { $seller }
title-history = Riwayat
title-receipt = Bukti transaksi
title-refund-receipt = Bukti pengembalian dana
title-transfer = Kirim uang
title-notifications = Notifikasi
title-settings = Profil dan pengaturan

## Pemberitahuan: sesuatu berhasil

notice-email-confirmed = Email Anda sudah dikonfirmasi.
notice-payment-password-changed = PIN pembayaran Anda sudah diubah.
notice-questions-changed = Pertanyaan keamanan Anda sudah disimpan.
notice-all-set = Semua siap. Isi saldo untuk mulai belanja.
notice-card-removed = Kartu dihapus.
notice-card-replaced = { $card } kini menggantikan kartu lama.
notice-card-saved = { $card } disimpan untuk lain kali.
notice-card-one-off = { $card } hanya dipakai untuk pembayaran kali ini. Kartu ini tidak disimpan di akun Anda.
notice-added-to-cart = Ditambahkan ke keranjang (isinya { $count }).
notice-receipt-confirmed = Terima kasih! Penjual sudah dibayar.
notice-order-cancelled = Pesanan dibatalkan. Uang Anda sedang dikembalikan.
notice-dispute-opened = Komplain dibuka. Uang Anda tetap ditahan sampai komplain selesai.
notice-refund-destination = Oke. Pengembalian dana akan dikirim ke tujuan yang Anda pilih.
notice-saved-will-send = Tidak ada koneksi: transaksi tersimpan dan akan terkirim otomatis.
notice-language-changed = Bahasa sudah diubah.
notice-signed-out = Anda sudah keluar.
notice-session-ended = Sesi Anda berakhir. Silakan masuk lagi; semua yang menunggu untuk dikirim tetap tersimpan.
notice-check-inbox = Kami mengirim pesan ke { $email }. Buka pesan itu, lalu masuk.
notice-code-sent = Kode baru sedang dikirim lewat SMS.
notice-password-reset = Kata sandi Anda sudah diubah dan semua ponsel sudah dikeluarkan. Masuk dengan kata sandi yang baru.
notice-payment-password-recovered = PIN pembayaran baru Anda sudah disimpan, dan pembayaran tidak dikunci lagi.
notice-verification-sent = Sudah dikirim untuk ditinjau. Kami akan memberi tahu Anda begitu selesai ditinjau.
notice-support-case-opened = Permintaan Anda sudah dikirim. Layanan pelanggan akan membalas di sini, dan Anda akan mendapat notifikasi.
notice-support-message-sent = Pesan terkirim.
code-resend = Kirim kode baru

## Selamat datang, pendaftaran, email, masuk

welcome-tagline = Bayar paket dari penjual luar negeri dengan aman.
welcome-point-escrow = Uang Anda ditahan sampai paket Anda tiba.
welcome-point-parcels = Untuk paket ringan: maksimal 2 kg per paket.
welcome-point-cards = Nomor kartu Anda tidak pernah disimpan di ponsel Anda.
welcome-sign-up = Buat akun
welcome-sign-in = Saya sudah punya akun

sign-up-intro = Kami perlu beberapa data untuk membuka dompet Anda. Kami akan mengirim tautan konfirmasi ke email Anda.
sign-up-email = Email
sign-up-password = Kata sandi
sign-up-password-hint = Minimal { $min } karakter.
sign-up-given-name = Nama depan
sign-up-family-name = Nama belakang
sign-up-address = Alamat
sign-up-phone = Nomor ponsel
sign-up-phone-hint = Untuk kode yang dikirim bank Anda lewat SMS.
sign-up-national-id = Nomor identitas
sign-up-country = Negara
sign-up-language = Bahasa
sign-up-submit = Buat akun
sign-up-sign-in-instead = Saya sudah punya akun

check-email-message = Kami mengirim tautan ke { $email }. Buka tautan itu di ponsel ini, atau ketik kode dari email tersebut.
check-email-expires = Tautan berlaku sampai { $at }.
check-email-code = Kode dari email
check-email-confirm = Konfirmasi
check-email-resend = Kirim tautan baru
check-email-resent = Tautan baru sedang dikirim ke { $email }.
check-email-sign-out = Pakai email lain

sign-in-email = Email
sign-in-password = Kata sandi
sign-in-submit = Masuk
sign-in-sign-up-instead = Buat akun
sign-in-forgot-password = Lupa kata sandi?

reset-password-intro = Masukkan email Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.
reset-password-intro-link = Buat kata sandi baru. Semua ponsel yang masuk ke akun Anda akan dikeluarkan.
reset-password-email = Email
reset-password-new = Kata sandi baru
reset-password-submit = Simpan kata sandi baru
recovery-send-link = Kirim tautan ke email saya
recovery-send-again = Kirim lagi
recovery-sent = Jika { $email } punya akun Pocket, tautan sedang dikirim. Tautan berlaku selama { $minutes ->
   *[other] { $minutes } menit
}.
recovery-code = Kode dari email
recovery-code-hint = Buka tautan di ponsel ini, atau tempel kode setelah "token=".
recover-payment-intro = Kami akan mengirim tautan ke email Anda. Lewat tautan itu, jawab pertanyaan keamanan Anda dan buat PIN pembayaran baru.
recover-payment-intro-link = Jawab pertanyaan keamanan Anda dan buat PIN pembayaran baru.
recover-payment-no-questions = Anda tidak punya pertanyaan keamanan untuk dijawab, jadi PIN pembayaran Anda tidak bisa dipulihkan lewat email.
recover-payment-sent = Kami mengirim tautan ke { $email }. Tautan berlaku sampai { $until }.
recover-payment-submit = Simpan PIN pembayaran baru

verification-intro = Verifikasi identitas menaikkan limit Anda dan memungkinkan Anda berbelanja dalam jumlah besar. Gunakan dokumen yang memuat foto Anda, dan isi datanya persis seperti yang tercetak.
verification-status-pending = Dikirim pada { $date } dan menunggu ditinjau. Kami akan memberi tahu Anda begitu selesai ditinjau.
verification-status-approved = Identitas Anda sudah diverifikasi: limit Anda sudah dinaikkan.
verification-status-declined = Tidak disetujui: { $reason } Anda bisa mengirim dokumen lagi.
verification-email-first = Konfirmasi email Anda dulu: setelah itu Anda bisa memverifikasi identitas.
verification-document = Dokumen
document-passport = Paspor
document-national-id = Kartu identitas nasional
document-driving-licence = Surat izin mengemudi (SIM)
verification-number = Nomor dokumen
verification-country = Negara penerbit
verification-name = Nama sesuai dokumen
verification-submit = Kirim untuk ditinjau

support-intro = Tulis kepada kami tentang isi saldo yang belum masuk, pembayaran yang bermasalah, atau hal lainnya. Setiap balasan muncul di sini dan juga sebagai notifikasi.
support-empty = Belum ada permintaan bantuan.
support-new-case = Permintaan bantuan baru
support-open-case = Buka permintaan
support-message = Apa yang terjadi?
support-reply = Pesan Anda
support-send = Kirim
support-author-you = Anda
support-author-support = Layanan pelanggan Pocket
support-top-up = Isi saldo
support-topic-late-top-up = Isi saldo belum masuk
support-topic-payment-problem = Masalah dengan pembayaran
support-topic-forgotten-security-answers = Lupa jawaban pertanyaan keamanan
support-topic-other = Hal lain
support-status-open = Menunggu layanan pelanggan
support-status-answered = Sudah dibalas
support-status-resolved = Selesai
support-status-declined = Ditutup tanpa perubahan
support-about-top-up = Tentang isi saldo Anda: { $top_up }
support-about-payment = Tentang pembayaran Anda sebesar { $amount } pada { $date }. Bukti transaksinya ikut dikirim bersama permintaan Anda.
support-about-answers = Layanan pelanggan memeriksa dokumen identitas Anda, lalu Anda bisa membuat PIN pembayaran baru dan pertanyaan keamanan baru.
top-up-report-late = Belum masuk? Hubungi layanan pelanggan
receipt-report = Laporkan masalah pembayaran ini
recover-payment-contact-support = Lupa jawabannya juga? Hubungi layanan pelanggan

## PIN pembayaran dan pertanyaan keamanan

payment-password-intro-setup = Anda akan mengonfirmasi setiap pembayaran dengan 6 angka ini. Pocket tidak pernah menyimpannya dalam bentuk yang bisa dibaca.
payment-password-intro-change = Masukkan PIN pembayaran Anda yang sekarang, lalu PIN baru dua kali.
payment-password-rule-digits = Tepat { $digits } angka.
payment-password-rule-runs = Bukan angka berurutan naik atau turun, seperti 123456 atau 654321.
payment-password-rule-repeats = Tidak ada angka yang sama lebih dari { $max } kali berturut-turut.
payment-password-current = PIN pembayaran sekarang
payment-password-new = PIN pembayaran baru
payment-password-confirm = 6 angka yang sama sekali lagi
payment-password-submit = Simpan

questions-intro = Jika Anda lupa PIN pembayaran, jawaban ini membantu Anda membuat PIN baru. Pilih { $min } pertanyaan dan jawab masing-masing.
questions-slot = Pertanyaan { $number }
questions-answer = Jawaban Anda
questions-submit = Simpan
question-first-pet = Siapa nama hewan peliharaan pertama Anda?
question-birth-city = Di kota mana Anda lahir?
question-first-school = Apa nama sekolah pertama Anda?
question-childhood-friend = Siapa nama sahabat masa kecil Anda?
question-first-street = Apa nama jalan tempat Anda tumbuh besar?
question-favourite-teacher = Siapa nama guru favorit Anda?
question-first-job = Apa pekerjaan pertama Anda?
question-grandmother-name = Siapa nama depan nenek Anda?

## Beranda dan limit

home-greeting = Halo, { $name }
home-greeting-anonymous = Halo
home-balance-pending = { $amount } sedang diproses
shortcut-top-up = Isi saldo
shortcut-transfer = Kirim
shortcut-cards = Kartu
shortcut-history = Riwayat
shortcut-notifications = Notifikasi
shortcut-limits = Limit
verification-hint-email = Konfirmasi email Anda untuk mengisi saldo dan membayar.
verification-hint-identity = Verifikasi identitas Anda untuk menaikkan limit dan berbelanja dalam jumlah besar.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Diperkirakan masuk paling lambat { $date }
top-up-on-its-way = Sedang diproses
top-up-awaiting-boleto = Menunggu Anda membayar Boleto di bank atau secara online.

pending-pay = Membayar { $amount } untuk pesanan { $reference }
pending-top-up = Mengisi saldo { $amount }
pending-transfer = Mengirim { $amount } ke { $reference }
pending-cancel-order = Membatalkan pesanan { $reference }
pending-confirm-receipt = Mengonfirmasi penerimaan pesanan { $reference }
pending-other = Transaksi uang
pending-status-sending = Tersimpan di ponsel ini; akan dikirim saat Anda kembali online.
pending-status-code = Menunggu kode yang dikirim bank Anda lewat SMS.
pending-status-bank = Menunggu konfirmasi bank.

limit-method-balance = Pembayaran dari saldo
limit-method-card = Pembayaran dengan kartu
limit-method-top-up = Isi saldo lewat { $rail }
limit-left-today = Sisa hari ini { $amount }
limit-left-month = Sisa bulan ini { $amount }
limit-per-payment = Maksimal { $amount } per pembayaran
limit-frees-up = Sebagian limit tersedia lagi pada { $at }
limit-ceiling-per_payment = { $ceiling } per pembayaran
limit-ceiling-per_day = { $ceiling } per 24 jam
limit-ceiling-per_month = { $ceiling } per 30 hari
limit-raise-verify-email = Konfirmasi email Anda: hingga { $ceiling }
limit-raise-verify-identity = Verifikasi identitas Anda: hingga { $ceiling }
limit-raise-account-age = Hingga { $ceiling } mulai { $date }, saat akun Anda berumur { $days } hari
limits-standing = Akun Anda: { $level }, berumur { $days ->
   *[other] { $days } hari
}
limits-note = "Hari ini" berarti 24 jam terakhir dan "bulan ini" berarti 30 hari terakhir: uang yang Anda belanjakan bisa dipakai lagi setelah itu.
level-unverified = email belum dikonfirmasi
level-email-confirmed = email sudah dikonfirmasi
level-identity-verified = identitas sudah diverifikasi

figure-limit = Limit
figure-left = Sisa saat ini
figure-most-at-once = Maksimal dalam satu pembayaran
figure-fits-again = Jumlah ini bisa dipakai lagi
figure-how-to-raise = Cara menaikkan

## Isi saldo

rail-bank_card = Kartu bank
rail-bank_transfer = Transfer bank
rail-western_union = Western Union
rail-e_wallet = Dompet digital
rail-boleto = Boleto
rail-limits = Dari { $min } sampai { $max } per transaksi
rail-limits-monthly = Mulai { $min }, hingga { $max } per 30 hari
rail-limits-account = Mulai { $min }, hingga limit kartu Anda
rail-arrives-instantly = Langsung masuk
rail-arrives-in-days = Masuk dalam maksimal { $days } hari kerja
rail-arrives-when-paid = Masuk setelah Anda membayar slipnya
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Jumlah dalam { $currency }
top-up-limit-left = Untuk ini, limit Anda masih tersisa { $today } hari ini dan { $month } bulan ini.
top-up-add-card = Tambah kartu
top-up-submit = Isi saldo
top-up-credited = { $amount } berhasil ditambahkan
top-up-credited-message = Sudah masuk ke saldo Anda.
top-up-pending = { $amount } sedang diproses
top-up-pending-message = Diperkirakan masuk paling lambat { $date }. Jika belum masuk saat itu, hubungi layanan pelanggan.
top-up-another = Isi lagi

## Kartu

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Berlaku sampai { $expiry }
card-expired = Kedaluwarsa: tidak bisa dipakai membayar
card-one-off = Hanya untuk pembayaran ini
cards-count = { $count } dari { $max } kartu tersimpan
cards-add = Tambah kartu
cards-at-limit = Anda punya { $max } kartu, jumlah maksimal yang diizinkan Pocket. Hapus satu untuk menambah kartu lain.
cards-empty = Belum ada kartu tersimpan.
cards-remove = Hapus
cards-replace = Ganti
cards-remove-title = Hapus kartu ini?
cards-remove-message = { $card } tidak akan bisa dipakai membayar lagi. Anda bisa menambahkannya lagi nanti.
cards-remove-confirm = Hapus
cards-remove-cancel = Simpan saja
add-card-number = Nomor kartu
add-card-expiry = Masa berlaku (BB/TT)
add-card-expiry-hint = Seperti yang tercetak di kartu.
add-card-save = Simpan kartu ini untuk lain kali
add-card-save-hint = Biarkan tidak dicentang untuk memakai kartu sekali saja. Anda bisa menyimpan hingga { $max } kartu.
add-card-note = Nomor kartu Anda dikirim sekali ke layanan pembayaran, yang lalu memberi Pocket sebuah token sebagai gantinya. Nomornya tidak pernah disimpan di ponsel ini.
add-card-submit = Tambah kartu
add-card-replacing = Menggantikan { $card }. Kartu baru diperiksa dulu oleh banknya; jika gagal, kartu lama tetap ada.
add-card-replace-submit = Ganti kartu

## Belanja

catalogue-ships-from = Dikirim dari { $country }
catalogue-cart = { $count ->
    [0] Keranjang
   *[other] Keranjang ({ $count })
}
catalogue-note = Pocket membayar paket dengan berat maksimal { $weight } dan nilai maksimal { $cap } per paket.
option-colour = Warna
option-model = Model
option-size = Ukuran
option-plug = Colokan
product-seller = Dijual oleh { $seller }
product-weight = { $weight } per barang
product-quantity = Jumlah: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Beli sekarang
product-add-to-cart = Tambah ke keranjang
product-choose = Pilih: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = Kurangi satu: { $item }
step-more = Tambah satu: { $item }
cart-remove-line = Hapus dari keranjang: { $item }
cart-total = Total { $total }
cart-checkout = Checkout
cart-empty = Keranjang Anda kosong.
parcel-from = Dari { $seller }
parcel-weight = { $weight } dari { $max }
parcel-value = { $value } dari { $cap }
parcel-empty = Paket dari { $seller } tidak berisi apa pun.
parcel-too-heavy = Paket dari { $seller } beratnya { $weight }; Pocket membayar paket dengan berat maksimal { $max }. Kurangi barang seberat { $over }, atau pesan secara terpisah.
parcel-over-cap = Paket dari { $seller } nilainya { $value }; Pocket membayar paket dengan nilai maksimal { $cap }. Kurangi barang senilai { $over }, atau pesan secara terpisah.
checkout-address = Alamat pengiriman
checkout-address-hint = Kosongkan untuk memakai alamat di akun Anda.
checkout-coupon = Kupon
checkout-total = { $total } untuk { $orders ->
    [1] 1 pesanan
   *[other] { $orders } pesanan, satu per penjual
}
checkout-place-order = Buat pesanan

## Pembayaran

pay-progress = Pesanan { $number } dari { $count }
pay-source-balance = Saldo { $currency }
pay-source-available = Tersedia { $amount }
pay-new-card = Pakai kartu baru
pay-quote-loading = Memeriksa kurs dan limit Anda…
pay-you-pay = Anda membayar { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = Setelah pembayaran ini: sisa { $today } hari ini, { $month } bulan ini.
pay-card-limits = Limit kartu Anda masih tersisa { $today } hari ini dan { $month } bulan ini.
pay-short = Saldo { $currency } Anda kurang { $amount }. Isi saldo, atau bayar dengan cara lain.
pay-password = PIN pembayaran
pay-button = Bayar { $amount }
bank-code = Kode dari SMS
bank-code-hint = Bank Anda mengirimnya ke ponsel Anda.
bank-code-submit = Konfirmasi
pay-paid = Sudah dibayar. Uang Anda ditahan sampai Anda mengonfirmasi paketnya tiba.
pay-next = Bayar pesanan berikutnya
pay-finish = Selesai

## Pesanan

orders-empty = Belum ada pesanan.
order-summary = { $items ->
   *[other] { $items } barang
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Menunggu pembayaran
order-status-paid = Dibayar
order-status-shipped = Dikirim
order-status-delivered = Diterima
order-status-disputed = Dalam komplain
order-status-completed = Selesai
order-status-cancelled = Dibatalkan
order-status-refunded = Dana dikembalikan
order-status-detail-created = Belum dibayar.
order-status-detail-paid = Uang Anda ditahan sampai paketnya tiba. Selanjutnya penjual akan mengirimnya.
order-status-detail-shipped = Sedang dalam perjalanan. Uang Anda ditahan sampai Anda mengonfirmasi paketnya tiba.
order-status-detail-delivered = Sudah diterima. Konfirmasi penerimaan, atau buka komplain sebelum perlindungan pembeli berakhir.
order-status-detail-disputed = Uang Anda tetap ditahan selama komplain diselesaikan.
order-status-detail-completed = Penjual sudah dibayar.
order-status-detail-cancelled = Dibatalkan. Pembayaran yang sudah masuk telah dikembalikan.
order-status-detail-refunded = Dana Anda sudah dikembalikan.
order-line-price = Harga
order-line-discount = Diskon
order-discount = { $amount } dengan { $coupon }
order-line-weight = Berat
order-line-placed = Dipesan
order-line-tracking = Nomor resi
order-line-delivered = Diterima
order-line-protection = Perlindungan pembeli sampai
order-line-dispute = Komplain
order-line-held = Ditahan untuk Anda
order-line-refunded = Dikembalikan
order-line-released = Dibayarkan ke penjual
order-line-refund-to = Tujuan pengembalian dana
order-pay = Bayar
order-cancel = Batalkan pesanan
order-confirm-receipt = Sudah saya terima
order-open-dispute = Buka komplain
order-refund-destination = Tujuan pengembalian dana
order-receipt = Bukti transaksi
order-confirm-receipt-title = Apakah paket Anda sudah tiba?
order-confirm-receipt-message = { $amount } akan dibayarkan ke penjual. Setelah ini, Anda tidak bisa membuka komplain.
order-confirm-receipt-confirm = Ya, bayar penjual
order-cancel-title = Batalkan pesanan ini?
order-cancel-message = Pesanan belum dikirim, jadi seluruh { $amount } akan kembali kepada Anda.
order-cancel-confirm = Batalkan pesanan
order-cancel-keep = Jangan batalkan
order-dispute-title = Apa masalahnya?
order-dispute-message = Uang Anda tetap ditahan selama kami memeriksanya. Jika Anda benar, Anda mendapat pengembalian dana penuh atau sebagian.
order-refund-title = Ke mana pengembalian dana dikirim?
order-refund-message = Ini hanya berlaku jika ada uang yang kembali kepada Anda.
dispute-not-received = Paket tidak pernah tiba
dispute-not-as-described = Tidak sesuai deskripsi
dispute-wrong-item = Barangnya salah
refund-to-same = Kembali ke sumber pembayaran
refund-to-balance = Ke saldo Pocket Anda
refund-to-origin = Ke sumber dana isi saldo Anda
refund-to-detail-same = Ke saldo untuk pembayaran dengan saldo, ke kartu untuk pembayaran dengan kartu.
refund-to-detail-balance = Termasuk untuk pembayaran dengan kartu.
refund-to-detail-origin = Untuk pembayaran dengan saldo: ke kartu atau rekening yang Anda pakai untuk mengisi saldo.

## Riwayat dan bukti transaksi

history-empty = Belum ada apa-apa di sini.
history-more = Tampilkan { $count } lagi
history-kind-payment = Pembayaran pesanan
history-kind-refund = Pengembalian dana
history-kind-top-up = Isi saldo
history-kind-top-up-settled = Saldo masuk
history-kind-top-up-declined = Isi saldo dikembalikan
history-kind-transfer = Transfer
history-kind-escrow-release = Dibayarkan ke penjual
history-kind-sandbox-grant = Uang uji coba
history-kind-other = Perpindahan uang
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Saldo
history-source-card = Kartu
history-source-top-up = Sumber dana isi saldo
receipt-payment = Pembayaran
receipt-order = Pesanan
receipt-paid = Dibayar
receipt-amount-usd = Harga pesanan
receipt-method = Dibayar dengan
receipt-method-balance = Saldo Pocket
receipt-method-card = Kartu
receipt-card = Kartu
receipt-rate = Kurs
receipt-at = Waktu
refund-amount = Dikembalikan
refund-to = Dikembalikan ke
refund-top-up = Melalui isi saldo
refunded-to-card = Kartu Anda
refunded-to-balance = Saldo Pocket Anda
receipt-support = Ditagih dua kali, atau ditagih untuk sesuatu yang tidak Anda terima? Hubungi layanan pelanggan dengan bukti transaksi ini.

## Transfer

transfer-to = Email penerima
transfer-amount = Jumlah
transfer-amount-hint = Dalam { $currency }, dari saldo Anda.
transfer-note = Catatan (opsional)
transfer-password = PIN pembayaran
transfer-submit = Kirim
transfer-sent = { $amount } terkirim ke { $email }.
transfer-another = Kirim lagi

## Notifikasi

notifications-empty = Belum ada notifikasi.
notification-support-reply = Layanan pelanggan membalas
notification-support-resolved = Permintaan bantuan selesai
notification-support-declined = Permintaan bantuan ditutup
notification-body-payment = Anda membayar { $amount }. Uang ini ditahan sampai Anda mengonfirmasi bahwa pesanan sudah diterima.
notification-body-refund = { $to ->
    [card] { $amount } dikembalikan ke kartu Anda.
    [top_up_source] { $amount } dikembalikan ke { $source }, sumber dana isi saldo Anda.
   *[other] { $amount } dikembalikan ke saldo Pocket Anda.
}
notification-body-top-up-settled = { $amount } sudah masuk ke saldo Pocket Anda.
notification-body-top-up-declined = Isi saldo { $amount } Anda tidak sampai ke Pocket dan dihapus dari saldo tertunda: { $note }
notification-body-order-shipped = Pesanan Anda sedang dalam perjalanan. Nomor resi: { $tracking }.
notification-body-order-delivered = Pesanan Anda sudah diterima. Konfirmasi penerimaan, atau buka komplain sebelum perlindungan pembeli berakhir.
notification-body-order-updated = { $status ->
    [completed] Pesanan Anda selesai dan penjual sudah dibayar.
    [cancelled] Pesanan Anda dibatalkan.
    [disputed] Komplain Anda sudah dibuka. Uang Anda tetap ditahan sampai komplain selesai.
   *[other] Ada perubahan pada pesanan Anda.
}
notification-body-transfer-received = Anda menerima { $amount } dari { $counterpart }.
notification-body-transfer-sent = Anda mengirim { $amount } ke { $counterpart }.
notification-body-verification-approved = Identitas Anda sudah diverifikasi: limit Anda sudah dinaikkan.
notification-body-verification-declined = Verifikasi identitas Anda tidak disetujui: { $note }
notification-body-support-reply = Layanan pelanggan membalas: { $note }
notification-body-support-resolved = Permintaan bantuan Anda selesai: { $note }
notification-body-support-declined = Permintaan bantuan Anda ditutup: { $note }
notification-body-account-frozen = Akun Anda dibekukan, jadi tidak ada uang yang bisa keluar: { $note } Hubungi dukungan untuk tahu apa yang harus dilakukan.
notification-body-account-thawed = Akun Anda tidak lagi dibekukan: Anda bisa membayar, mengisi saldo, dan mengirim uang lagi.
notification-verification-approved = Identitas terverifikasi
notification-verification-declined = Verifikasi tidak disetujui
notification-payment = Pembayaran
notification-refund = Pengembalian dana
notification-top-up-settled = Saldo masuk
notification-top-up-declined = Isi saldo tidak diterima
notification-account-frozen = Akun dibekukan
notification-account-thawed = Akun tidak lagi dibekukan
notification-order-shipped = Pesanan dikirim
notification-order-delivered = Pesanan diterima
notification-order-updated = Kabar pesanan
notification-transfer-received = Uang diterima
notification-transfer-sent = Uang terkirim
notification-other = Pocket

## Pengaturan

settings-email = Email
settings-level = Verifikasi
settings-age = Anggota selama
settings-age-days = { $days ->
   *[other] { $days } hari
}
settings-country = Negara
settings-language = Bahasa
settings-change-language = Ubah
settings-change-payment-password = Ubah PIN pembayaran
settings-set-payment-password = Buat PIN pembayaran
settings-forgot-payment-password = Lupa PIN pembayaran?
settings-verify-identity = Verifikasi identitas Anda
settings-support = Bantuan dan layanan pelanggan
settings-change-questions = Ubah pertanyaan keamanan
settings-sign-out = Keluar
settings-sign-out-title = Keluar?
settings-sign-out-message = { $pending ->
    [0] Anda bisa masuk lagi kapan saja.
   *[other] { $pending } pembayaran atau transfer masih menunggu untuk dikirim. Semuanya tetap tersimpan dan dikirim setelah Anda masuk lagi.
}
settings-sign-out-confirm = Keluar
settings-sign-out-everywhere = Keluar dari semua perangkat
settings-sign-out-everywhere-title = Keluar dari semua perangkat?
settings-sign-out-everywhere-message = Semua ponsel dan browser yang masuk ke akun Anda akan dikeluarkan, termasuk yang ini. Gunakan ini jika ponsel hilang atau pernah dipakai orang lain.
settings-sign-out-everywhere-confirm = Keluar dari semua

## Masalah: apa yang terjadi (pesan), judul, dan apa yang harus dilakukan (petunjuk)

problem-unknown = Terjadi kesalahan.
    .title = Terjadi kesalahan
problem-required = Isi kolom ini.
problem-missing_field = Isi kolom ini.
problem-invalid_email = Masukkan alamat email seperti siti@example.com.
problem-email_looks_like_another = Email ini mencampur huruf mirip dari alfabet yang berbeda. Ketik ulang dengan satu tata letak papan ketik.
problem-password_too_short = Gunakan minimal 8 karakter.
problem-invalid_country = Pilih negara Anda.
problem-invalid_phone = Masukkan nomor beserta kode negaranya, seperti +62 812 3456 7890.
problem-too_long = Ini terlalu panjang; persingkat.
problem-too_short = Ini terlalu pendek.
problem-too_many_items = Terlalu banyak item di sini.
problem-too_few_items = Tambahkan setidaknya satu lagi.
problem-invalid_format = Ini tidak sesuai format yang diharapkan.
problem-invalid_choice = Pilih salah satu opsi.
problem-number_too_large = Angka ini terlalu besar.
problem-number_too_small = Angka ini terlalu kecil.
problem-invalid_field = Ada yang tidak benar di formulir ini.
problem-forbidden_characters = Ada karakter tak terlihat di sini; ketik ulang.
problem-wrong_credentials = Email atau kata sandi salah.
    .title = Tidak bisa masuk
    .hint = Periksa lagi, lalu coba kembali.
problem-unknown_confirmation_token = Kode itu salah.
    .hint = Periksa kodenya, atau kirim tautan baru.
problem-confirmation_link_expired = Tautan ini sudah kedaluwarsa: tautan berlaku selama 24 jam.
    .title = Tautan kedaluwarsa
    .hint = Kirim tautan baru dari layar ini.
problem-needs_sign_in = Masuk untuk melanjutkan.
    .title = Anda sudah keluar
problem-offline = Pocket tidak bisa dihubungi saat ini, dan tidak ada data tersimpan di ponsel ini untuk ditampilkan.
    .title = Anda sedang offline
    .hint = Coba lagi saat Anda terhubung.
problem-internal = Terjadi kesalahan di ponsel ini.
    .title = Terjadi kesalahan
    .hint = Coba lagi. Jika terus terjadi, mulai ulang aplikasinya.
problem-will_retry = Tidak ada koneksi: transaksi tersimpan dan akan terkirim otomatis.
problem-unknown_link = Tautan ini tidak bisa dibuka di Pocket.
    .title = Tautan tidak dikenal

problem-not_six_digits = Masukkan 6 angka PIN pembayaran Anda.
problem-wrong_length = PIN pembayaran terdiri dari 6 angka; ini { $length } angka.
problem-password-not_digits = Gunakan hanya angka 0 sampai 9.
problem-sequential_run = Angka berurutan naik atau turun mudah ditebak. Acak urutannya.
problem-repeated_digits = Angka yang sama 3 kali berturut-turut mudah ditebak.
problem-confirmation_mismatch = Keduanya tidak cocok. Masukkan 6 angka yang sama dua kali.
problem-current_password_required = Masukkan PIN pembayaran Anda yang sekarang.
problem-wrong_payment_password = Itu bukan PIN pembayaran Anda. { $attempts_left ->
   *[other] Sisa { $attempts_left } kali percobaan sebelum pembayaran dikunci untuk sementara.
}
    .title = PIN pembayaran salah
problem-payment_password_locked = Terlalu banyak PIN pembayaran yang salah. Pembayaran dikunci sampai { $until }.
    .title = Pembayaran dikunci
    .hint = Tunggu sampai waktu itu, atau buat PIN baru sekarang: Pengaturan, "Lupa PIN pembayaran?".
problem-payment_password_not_set = Buat PIN pembayaran dulu: setiap pembayaran dikonfirmasi dengan PIN itu.
    .title = Belum ada PIN pembayaran
problem-reference_required = Sebutkan isi saldo atau pembayaran mana yang dimaksud.
problem-top_up_arrived = Isi saldo ini sudah masuk ke saldo Anda.
problem-order_not_paid = Pesanan ini belum pernah dibayar, jadi tidak ada pembayaran yang perlu diperiksa.
problem-document_required = Tambahkan dokumen identitas Anda: layanan pelanggan memeriksa bahwa ini memang Anda.
problem-case_closed = Permintaan bantuan ini sudah ditutup.
problem-account_frozen = Akun Anda dibekukan, jadi tidak ada uang yang bisa keluar. Hubungi dukungan untuk tahu alasannya dan apa yang harus dilakukan.
problem-action-verify = Verifikasi identitas Anda
problem-action-open = Buka
problem-choose_document = Pilih dokumen.
problem-invalid_document_number = Masukkan nomor dokumen persis seperti yang tercetak.
problem-verification_pending = Dokumen Anda sudah menunggu ditinjau. Kami akan memberi tahu Anda begitu selesai ditinjau.
problem-already_verified = Identitas Anda sudah diverifikasi.
problem-email_not_confirmed = Konfirmasi email Anda dulu.
problem-answer_every_question = Jawab semua pertanyaan.
problem-wrong_security_answers = Setidaknya satu jawaban salah. { $attempts_left ->
   *[other] Sisa { $attempts_left } kali percobaan sebelum pemulihan dijeda untuk sementara.
}
    .title = Jawaban salah
    .hint = Huruf besar-kecil dan spasi berlebih tidak berpengaruh.
problem-security_answers_locked = Terlalu banyak jawaban yang salah. Pemulihan dijeda sampai { $until }.
    .title = Pemulihan dijeda
problem-security_questions_not_set = Anda tidak punya pertanyaan keamanan untuk dijawab, jadi PIN pembayaran Anda tidak bisa dipulihkan lewat email.
    .title = Belum ada pertanyaan keamanan
problem-unknown_recovery_link = Kode itu salah.
    .hint = Periksa kodenya, atau kirim tautan baru.
problem-recovery_link_used = Tautan ini sudah pernah dipakai.
    .title = Tautan sudah dipakai
    .hint = Kirim tautan baru dari layar ini.
problem-recovery_link_replaced = Tautan yang lebih baru sudah dikirim setelah tautan ini.
    .title = Tautan lama
    .hint = Buka email terbaru.
problem-recovery_link_expired = Tautan ini sudah kedaluwarsa: tautan berlaku selama 30 menit.
    .title = Tautan kedaluwarsa
    .hint = Kirim tautan baru dari layar ini.
problem-recovery_link_cooldown = Tautan baru saja dikirim. Buka email terbaru, atau kirim lagi pada { $until }.
problem-sign_in_to_open_link = Masuk dulu, lalu buka tautannya lagi.
    .title = Anda sudah keluar
problem-too_few_questions = Jawab minimal { $min } pertanyaan.
problem-duplicate_question = "{ $question }" dipilih dua kali. Pilih pertanyaan yang berbeda.
problem-empty_answer = Jawab "{ $question }".

problem-invalid_length = Nomor kartu terdiri dari 12 sampai 19 angka; ini { $digits } angka.
problem-number-not_digits = Gunakan hanya angka (spasi boleh).
problem-failed_checksum = Nomor kartu ini tidak valid. Periksa apakah ada salah ketik.
problem-unsupported_brand = Jenis kartu ini tidak diterima. Gunakan Visa, Mastercard, American Express, Discover, JCB, UnionPay, atau Mir.
problem-bad_expiry_format = Tulis masa berlaku sebagai BB/TT, seperti di kartu.
problem-bad_expiry_month = { $month } bukan bulan. Gunakan 01 sampai 12.
problem-expired = Kartu ini kedaluwarsa pada akhir { $expiry }. Gunakan kartu lain.
problem-too_many_cards = Anda sudah menyimpan { $max_cards } kartu, jumlah maksimal yang diizinkan Pocket. Hapus satu dulu, atau biarkan "Simpan" tidak dicentang.
    .title = Terlalu banyak kartu
problem-card_declined = Bank Anda menolak kartu ini.
    .title = Kartu ditolak
    .hint = Tidak ada yang ditagih. Coba kartu lain atau saldo Anda.
problem-card_insufficient_funds = Dana di kartu tidak cukup.
    .title = Kartu ditolak
    .hint = Tidak ada yang ditagih. Coba kartu lain atau saldo Anda.
problem-card_required = Pilih kartu.
problem-card_not_used = Kartu hanya dipakai untuk isi saldo dengan kartu.
problem-one_time_code_required = Masukkan kode yang dikirim bank Anda lewat SMS.
problem-wrong_one_time_code = Kode itu salah. { $attempts_left ->
   *[other] Sisa { $attempts_left } kali percobaan untuk kode ini.
}
problem-one_time_code_void = Terlalu banyak kode yang salah: kode ini tidak berlaku lagi. Ketuk "Kirim kode baru".
problem-one_time_code_expired = Kode itu sudah kedaluwarsa atau kode yang lebih baru sudah dikirim. Ketuk "Kirim kode baru".
problem-one_time_code_cooldown = Kode baru bisa dikirim pada { $until }.
problem-too_many_one_time_codes = Terlalu banyak kode dikirim dalam satu jam terakhir. Kode baru bisa dikirim pada { $until }.
problem-unsaved_card_used = Kartu yang tidak Anda simpan hanya bisa dipakai sekali. Tambahkan lagi, atau simpan, untuk membayar dengan kartu itu.
problem-too_many_login_attempts = Terlalu banyak kata sandi yang salah. Coba lagi pada { $until }.
    .title = Tunggu sebentar
problem-login_locked = Terlalu banyak kata sandi yang salah: masuk ke akun ini dijeda sampai { $until }.
    .title = Masuk dijeda
problem-invalid_code = Masukkan angka kode dari SMS.
problem-code_still_required = Masukkan kode dari SMS terakhir.
problem-not_waiting_for_code = Ini tidak memerlukan kode lagi.
problem-unknown_action = Pembayaran ini sudah tidak ada di ponsel ini.

problem-choose_rail = Pilih cara isi saldo.
problem-provider_required = Pilih dompet digital Anda.
problem-below_minimum = Isi saldo lewat { $rail } minimal { $minimum }.
problem-below_rail_minimum = Itu di bawah batas minimal untuk cara isi saldo ini.
problem-above_maximum = Isi saldo lewat { $rail } maksimal { $maximum }. Bagi jumlahnya, atau pilih cara lain.
problem-above_rail_maximum = Itu di atas batas maksimal untuk cara isi saldo ini.
problem-monthly_cap_reached = Lewat { $rail } Anda bisa mengisi { $cap } per 30 hari; sisanya sekarang { $left }.
    .title = Batas bulanan tercapai
problem-rail_monthly_cap = Cara isi saldo ini sudah mencapai batas bulanannya.
    .title = Batas bulanan tercapai
problem-top_up_not_pending = Isi saldo ini sudah masuk.

problem-not_a_number = "{ $text }" bukan jumlah uang. Ketik angka seperti 12,50.
problem-too_many_decimals = { $currency } maksimal punya { $decimals } angka desimal.
problem-negative = Jumlah tidak boleh kurang dari nol.
problem-not_positive = Masukkan jumlah lebih dari nol.
problem-too_large = Itu lebih dari yang bisa ditangani Pocket: maksimal { $max } { $currency }.
problem-unknown_currency = { $code } bukan mata uang yang didukung Pocket.
problem-invalid_amount = Jumlah itu tidak valid.
problem-currency_mismatch = Jumlah-jumlah itu dalam mata uang yang berbeda.
problem-would_go_negative = Itu lebih dari yang tersedia.
problem-invalid_rate = Kurs sedang tidak tersedia.
problem-insufficient_funds = Saldo Anda tidak cukup untuk ini.
    .title = Saldo tidak cukup
    .hint = Isi saldo, atau bayar dengan cara lain.

problem-per_payment = { $amount } melebihi limit { $ceiling } untuk satu pembayaran ({ $method }).
    .title = Melebihi limit Anda
    .hint = Bayar lebih sedikit sekaligus, atau naikkan limit Anda.
problem-per_day = { $amount } melebihi batas belanja Anda dalam 24 jam ({ $method }). Saat ini Anda bisa membelanjakan { $left }.
    .title = Melebihi limit harian Anda
problem-per_month = { $amount } melebihi batas belanja Anda dalam 30 hari ({ $method }). Saat ini Anda bisa membelanjakan { $left }.
    .title = Melebihi limit bulanan Anda

problem-parcel_not_eligible = Pocket tidak bisa membayar salah satu paket dalam pesanan ini.
    .title = Pocket tidak bisa membayar paket ini
    .hint = Ubah barangnya, lalu coba lagi.
problem-empty_cart = Keranjang Anda kosong.
problem-invalid_cart = Ada yang tidak valid di keranjang Anda. Periksa, lalu coba lagi.
problem-invalid_quantity = Pilih jumlah minimal 1.
problem-unknown_product = Ada produk yang sudah tidak dijual. Hapus dari keranjang Anda.
problem-unknown_option = Ada pilihan yang sudah tidak tersedia. Pilih lagi.
problem-option_required = Pilih semua opsi produk.
problem-unknown_coupon = Kupon ini tidak ada.
problem-coupon_expired = Kupon ini sudah kedaluwarsa.
problem-coupon_used = Anda sudah memakai kupon ini.
problem-coupon_minimum = Pesanan terlalu kecil untuk kupon ini.
problem-choose_source = Pilih cara membayar.
problem-payment_not_sent = Pembayaran tidak dilakukan, dan tidak ada yang ditagih.
    .title = Belum dibayar
    .hint = Coba lagi.
problem-already_paid = Pesanan ini sudah dibayar. Pesanan tidak bisa dibayar dua kali.
    .title = Sudah dibayar
problem-illegal_transition = Itu tidak bisa dilakukan pada pesanan ini sekarang.
    .title = Tidak bisa sekarang
problem-protection_ended = Perlindungan pembeli untuk pesanan ini sudah berakhir.
    .title = Perlindungan berakhir
problem-protection_not_ended = Perlindungan pembeli untuk pesanan ini belum berakhir.
problem-refund_exceeds_paid = Pengembalian dana tidak boleh lebih dari yang dibayar.
problem-missing_tracking_number = Pesanan ini belum punya nomor resi.

problem-unknown_recipient = Tidak ada akun Pocket dengan email ini.
problem-transfer_to_self = Anda tidak bisa mengirim uang ke diri sendiri.
problem-unsupported_language = Pocket belum mendukung bahasa itu.
problem-not_found = Ini sudah tidak ada di sini.
    .title = Tidak ditemukan
problem-unknown_route = Versi aplikasi ini meminta sesuatu yang tidak dikenal layanan.
    .title = Perbarui aplikasi
problem-idempotency_key_reused = Ini sudah pernah dikirim dengan detail lain.
problem-missing_idempotency_key = Permintaan ini memerlukan kunci agar bisa dikirim dengan aman.
problem-invalid_idempotency_key = Kunci permintaan ini tidak valid.
problem-malformed_json = Aplikasi mengirim sesuatu yang tidak bisa dibaca layanan.
problem-unreadable_body = Aplikasi mengirim sesuatu yang tidak bisa dibaca layanan.
problem-body_too_large = Terlalu banyak untuk dikirim sekaligus.
problem-not_a_boleto = Isi saldo itu bukan Boleto.
problem-step_too_large = Jam uji coba tidak bisa dimajukan sejauh itu.

## Opening failed

opening-failed-title = Pocket tidak bisa dimulai
opening-failed-message = Pocket tidak bisa membuka data tersimpan atau keychain ponsel Anda. Buka kunci ponsel, pastikan ada ruang kosong, lalu coba lagi.
opening-failed-detail = Detail untuk dukungan: { $detail }
opening-failed-retry = Coba lagi
