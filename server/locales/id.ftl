# Email dan SMS yang dikirim layanan, dalam bahasa Indonesia: pesan dan
# placeholder yang sama dengan file bahasa Inggris.

email-confirm = Konfirmasi akun Pocket Anda: { $link } (berlaku selama { $hours } jam)
    .subject = Konfirmasi email Anda
email-sign-up-attempt = Seseorang mencoba membuat akun Pocket dengan email ini, padahal email ini sudah punya akun. Jika itu Anda, masuk dengan kata sandi Anda. Jika bukan, Anda tidak perlu melakukan apa pun: akun Anda tidak berubah.
    .subject = Seseorang mencoba mendaftar dengan email Anda
email-reset-password = Seseorang meminta untuk mengatur ulang kata sandi akun Pocket Anda. Untuk membuat kata sandi baru, buka { $link } dalam { $minutes } menit; semua ponsel yang masuk ke akun ini akan dikeluarkan. Jika bukan Anda, abaikan email ini: kata sandi Anda tidak berubah.
    .subject = Atur ulang kata sandi Pocket Anda
email-password-changed = Kata sandi akun Pocket Anda sudah diubah, dan semua ponsel yang masuk ke akun ini sudah dikeluarkan. Jika bukan Anda, segera atur ulang kata sandi lagi dari layar masuk.
    .subject = Kata sandi Pocket Anda sudah diubah
email-recover-payment-password = Untuk membuat PIN pembayaran baru, buka { $link } dalam { $minutes } menit dan jawab pertanyaan keamanan Anda. Jika bukan Anda, ada orang lain yang masuk ke akun Anda: ubah kata sandi untuk masuk dan pilih "Keluar dari semua perangkat" di Pengaturan.
    .subject = Pulihkan PIN pembayaran Anda
email-payment-password-changed = PIN pembayaran akun Pocket Anda sudah diubah dengan jawaban pertanyaan keamanan Anda. Jika bukan Anda, segera ubah kata sandi untuk masuk dan pilih "Keluar dari semua perangkat" di Pengaturan.
    .subject = PIN pembayaran Anda sudah diubah
sms-code-card-payment = Kode Pocket Anda adalah { $code }. Kode ini mengonfirmasi pembayaran dengan kartu dan berlaku selama { $minutes } menit. Tidak ada seorang pun dari Pocket yang akan memintanya.
    .subject = Kode pembayaran
sms-code-card-top-up = Kode Pocket Anda adalah { $code }. Kode ini mengonfirmasi isi saldo dari kartu Anda dan berlaku selama { $minutes } menit. Tidak ada seorang pun dari Pocket yang akan memintanya.
    .subject = Kode isi saldo
