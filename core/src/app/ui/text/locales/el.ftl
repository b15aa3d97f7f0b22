# Τα κείμενα του Pocket στα ελληνικά. Ένα μήνυμα που λείπει από εδώ
# εμφανίζεται στα αγγλικά. Τα ορίσματα έρχονται ήδη μορφοποιημένα (ποσά,
# ημερομηνίες), εκτός από τους αριθμούς που επιλέγουν πληθυντικό.

language-name = Ελληνικά
app-name = Pocket
back = Πίσω

## Μορφές αυτής της γλώσσας: αριθμοί, χρήματα, βάρος, ημερομηνίες.

format-decimal = ,
format-group = .
format-money = { $amount }{"\u00A0"}{ $symbol }
format-grams = { $grams } g
format-date = { $day } { $month } { $year }
format-time = { $hour24 }:{ $minute }
format-date-time = { $date }, { $time }
time-am = π.μ.
time-pm = μ.μ.
month-1 = Ιαν
month-2 = Φεβ
month-3 = Μαρ
month-4 = Απρ
month-5 = Μαΐ
month-6 = Ιουν
month-7 = Ιουλ
month-8 = Αυγ
month-9 = Σεπ
month-10 = Οκτ
month-11 = Νοε
month-12 = Δεκ
weekday-1 = Δευ
weekday-2 = Τρί
weekday-3 = Τετ
weekday-4 = Πέμ
weekday-5 = Παρ
weekday-6 = Σάβ
weekday-7 = Κυρ

currency-USD = $
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

country-BR = Βραζιλία
country-RU = Ρωσία
country-KZ = Καζακστάν
country-BY = Λευκορωσία
country-TR = Τουρκία
country-ID = Ινδονησία
country-KE = Κένυα
country-TZ = Τανζανία
country-GR = Ελλάδα
country-ES = Ισπανία
country-MX = Μεξικό
country-AR = Αργεντινή
country-PT = Πορτογαλία
country-US = Ηνωμένες Πολιτείες
country-CN = Κίνα

## Σε κάθε οθόνη

tab-home = Αρχική
tab-shop = Κατάστημα
tab-orders = Παραγγελίες
tab-profile = Προφίλ
banner-offline = Είστε εκτός σύνδεσης. Βλέπετε ό,τι έχει αποθηκευτεί σε αυτό το κινητό.
banner-offline-saved = Είστε εκτός σύνδεσης. Εμφανίζεται ό,τι αποθηκεύτηκε στις { $at }.
banner-sending = { $count ->
    [one] { $count } πληρωμή ή μεταφορά είναι αποθηκευμένη σε αυτό το κινητό και θα σταλεί μόλις συνδεθείτε ξανά.
   *[other] { $count } πληρωμές ή μεταφορές είναι αποθηκευμένες σε αυτό το κινητό και θα σταλούν μόλις συνδεθείτε ξανά.
}
money-action-saved = Δεν υπάρχει σύνδεση αυτή τη στιγμή. Η ενέργεια αποθηκεύτηκε στο κινητό σας και θα σταλεί αυτόματα μόλις συνδεθείτε ξανά. Δεν μπορεί να χρεωθεί δύο φορές.
money-action-processing = Η τράπεζα της κάρτας σας δεν έχει αποφασίσει ακόμη. Θα σας ενημερώσουμε μόλις αποφασίσει. Δεν μπορεί να χρεωθεί δύο φορές.
bank-page-message = Η τράπεζά σας ζητά να το επιβεβαιώσετε στη σελίδα της. Ανοίξτε την, επιβεβαιώστε και θα επιστρέψετε εδώ.
bank-page-open = Άνοιγμα σελίδας τράπεζας
dialog-cancel = Ακύρωση
problem-dismiss = OK

title-sign-up = Δημιουργήστε λογαριασμό
title-check-email = Επιβεβαιώστε το email σας
title-sign-in = Σύνδεση
title-reset-password = Νέος κωδικός πρόσβασης
title-recover-payment-password = Ξεχάσατε τον κωδικό πληρωμών
title-verification = Επαλήθευση ταυτότητας
title-support = Βοήθεια και υποστήριξη
title-new-support-case = Νέο αίτημα
title-payment-password-setup = Δημιουργήστε κωδικό πληρωμών
title-payment-password-change = Αλλαγή κωδικού πληρωμών
title-security-questions = Ερωτήσεις ασφαλείας
title-home = Pocket
title-limits = Τα όριά σας
title-top-up = Προσθήκη χρημάτων
title-cards = Οι κάρτες σας
title-add-card = Προσθήκη κάρτας
title-replace-card = Αντικατάσταση κάρτας
title-catalogue = Κατάστημα
title-cart = Το καλάθι σας
title-checkout = Ολοκλήρωση αγοράς
title-pay = Πληρωμή
title-orders = Οι παραγγελίες σας
title-order = Παραγγελία από { $seller }
title-history = Ιστορικό
title-receipt = Απόδειξη
title-refund-receipt = Απόδειξη επιστροφής χρημάτων
title-transfer = Αποστολή χρημάτων
title-notifications = Ειδοποιήσεις
title-settings = Προφίλ και ρυθμίσεις

## Ειδοποιήσεις: κάτι πήγε καλά

notice-email-confirmed = Το email σας επιβεβαιώθηκε.
notice-payment-password-changed = Ο κωδικός πληρωμών σας άλλαξε.
notice-questions-changed = Οι ερωτήσεις ασφαλείας σας αποθηκεύτηκαν.
notice-all-set = Όλα έτοιμα. Προσθέστε χρήματα για να αρχίσετε τις αγορές.
notice-card-removed = Η κάρτα αφαιρέθηκε.
notice-card-replaced = Η { $card } μπήκε στη θέση της παλιάς κάρτας.
notice-card-saved = Η κάρτα { $card } αποθηκεύτηκε για την επόμενη φορά.
notice-card-one-off = Η κάρτα { $card } θα πληρώσει μόνο αυτή τη φορά. Δεν αποθηκεύεται στον λογαριασμό σας.
notice-added-to-cart = Προστέθηκε στο καλάθι σας ({ $count } συνολικά).
notice-receipt-confirmed = Ευχαριστούμε! Ο πωλητής πληρώθηκε.
notice-order-cancelled = Η παραγγελία ακυρώθηκε. Τα χρήματά σας επιστρέφονται.
notice-dispute-opened = Η αμφισβήτηση άνοιξε. Τα χρήματά σας παραμένουν δεσμευμένα μέχρι να επιλυθεί.
notice-refund-destination = Εντάξει. Μια επιστροφή χρημάτων θα πάει εκεί που επιλέξατε.
notice-saved-will-send = Χωρίς σύνδεση: αποθηκεύτηκε και θα σταλεί αυτόματα.
notice-language-changed = Η γλώσσα άλλαξε.
notice-signed-out = Αποσυνδεθήκατε.
notice-session-ended = Η συνεδρία σας έληξε. Συνδεθείτε ξανά· ό,τι περιμένει να σταλεί διατηρείται.
notice-check-inbox = Στείλαμε μήνυμα στο { $email }. Ανοίξτε το και μετά συνδεθείτε.
notice-code-sent = Ένας νέος κωδικός έρχεται με SMS.
notice-password-reset = Ο κωδικός πρόσβασής σας άλλαξε και όλα τα κινητά αποσυνδέθηκαν. Συνδεθείτε με τον νέο.
notice-payment-password-recovered = Ο νέος κωδικός πληρωμών σας αποθηκεύτηκε και οι πληρωμές ξεκλειδώθηκαν.
notice-verification-sent = Στάλθηκε για έλεγχο. Θα σας ενημερώσουμε μόλις ελεγχθεί.
notice-support-case-opened = Το αίτημά σας στάλθηκε. Η υποστήριξη θα απαντήσει εδώ και θα λάβετε ειδοποίηση.
notice-support-message-sent = Το μήνυμα στάλθηκε.
code-resend = Αποστολή νέου κωδικού

## Καλωσόρισμα, εγγραφή, email, σύνδεση

welcome-tagline = Πληρώστε με ασφάλεια δέματα από πωλητές του εξωτερικού.
welcome-point-escrow = Τα χρήματά σας δεσμεύονται μέχρι να φτάσει το δέμα σας.
welcome-point-parcels = Για ελαφριά δέματα: έως 2 kg το καθένα.
welcome-point-cards = Ο αριθμός της κάρτας σας δεν μένει ποτέ στο κινητό σας.
welcome-sign-up = Δημιουργία λογαριασμού
welcome-sign-in = Έχω λογαριασμό

sign-up-intro = Χρειαζόμαστε μερικά στοιχεία για να ανοίξουμε το πορτοφόλι σας. Θα σας στείλουμε έναν σύνδεσμο επιβεβαίωσης με email.
sign-up-email = Email
sign-up-password = Κωδικός πρόσβασης
sign-up-password-hint = Τουλάχιστον { $min } χαρακτήρες.
sign-up-given-name = Όνομα
sign-up-family-name = Επώνυμο
sign-up-address = Διεύθυνση
sign-up-phone = Τηλέφωνο
sign-up-phone-hint = Για τους κωδικούς που στέλνει η τράπεζά σας με SMS.
sign-up-national-id = Αριθμός ταυτότητας
sign-up-country = Χώρα
sign-up-language = Γλώσσα
sign-up-submit = Δημιουργία λογαριασμού
sign-up-sign-in-instead = Έχω λογαριασμό

check-email-message = Στείλαμε έναν σύνδεσμο στο { $email }. Ανοίξτε τον σε αυτό το κινητό ή πληκτρολογήστε τον κωδικό από το email.
check-email-expires = Ο σύνδεσμος ισχύει έως τις { $at }.
check-email-code = Κωδικός από το email
check-email-confirm = Επιβεβαίωση
check-email-resend = Αποστολή νέου συνδέσμου
check-email-resent = Ένας νέος σύνδεσμος έρχεται στο { $email }.
check-email-sign-out = Χρήση άλλου email

sign-in-email = Email
sign-in-password = Κωδικός πρόσβασης
sign-in-submit = Σύνδεση
sign-in-sign-up-instead = Δημιουργία λογαριασμού
sign-in-forgot-password = Ξεχάσατε τον κωδικό σας;

reset-password-intro = Πληκτρολογήστε το email σας. Θα σας στείλουμε έναν σύνδεσμο για να ορίσετε νέο κωδικό πρόσβασης.
reset-password-intro-link = Ορίστε νέο κωδικό πρόσβασης. Όλα τα κινητά που είναι συνδεδεμένα στον λογαριασμό σας θα αποσυνδεθούν.
reset-password-email = Email
reset-password-new = Νέος κωδικός πρόσβασης
reset-password-submit = Ορισμός νέου κωδικού
recovery-send-link = Στείλτε μου σύνδεσμο με email
recovery-send-again = Νέα αποστολή
recovery-sent = Αν το { $email } έχει λογαριασμό Pocket, ένας σύνδεσμος είναι καθ' οδόν. Ισχύει για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}.
recovery-code = Κωδικός από το email
recovery-code-hint = Ανοίξτε τον σύνδεσμο σε αυτό το κινητό ή επικολλήστε τον κωδικό που ακολουθεί το "token=".
recover-payment-intro = Θα σας στείλουμε έναν σύνδεσμο με email. Μέσω αυτού, απαντήστε στις ερωτήσεις ασφαλείας σας και ορίστε νέο κωδικό πληρωμών.
recover-payment-intro-link = Απαντήστε στις ερωτήσεις ασφαλείας σας και ορίστε νέο κωδικό πληρωμών.
recover-payment-no-questions = Δεν έχετε ερωτήσεις ασφαλείας για να απαντήσετε, οπότε ο κωδικός πληρωμών σας δεν μπορεί να ανακτηθεί μέσω email.
recover-payment-sent = Στείλαμε έναν σύνδεσμο στο { $email }. Ισχύει έως τις { $until }.
recover-payment-submit = Ορισμός νέου κωδικού πληρωμών

verification-intro = Η επαλήθευση της ταυτότητάς σας αυξάνει τα όριά σας και σας επιτρέπει να κάνετε μεγάλες αγορές. Χρησιμοποιήστε ένα έγγραφο με τη φωτογραφία σας και συμπληρώστε τα στοιχεία όπως είναι τυπωμένα.
verification-status-pending = Στάλθηκε στις { $date } και αναμένει έλεγχο. Θα σας ενημερώσουμε μόλις ελεγχθεί.
verification-status-approved = Η ταυτότητά σας επαληθεύτηκε: τα όριά σας αυξήθηκαν.
verification-status-declined = Δεν εγκρίθηκε: { $reason } Μπορείτε να στείλετε ξανά έγγραφο.
verification-email-first = Επιβεβαιώστε πρώτα το email σας: μετά μπορείτε να επαληθεύσετε την ταυτότητά σας.
verification-document = Έγγραφο
document-passport = Διαβατήριο
document-national-id = Δελτίο ταυτότητας
document-driving-licence = Δίπλωμα οδήγησης
verification-number = Αριθμός εγγράφου
verification-country = Χώρα έκδοσης
verification-name = Ονοματεπώνυμο όπως στο έγγραφο
verification-submit = Αποστολή για έλεγχο

support-intro = Γράψτε μας για μια προσθήκη χρημάτων που δεν έφτασε, μια πληρωμή που δεν πήγε καλά ή οτιδήποτε άλλο. Κάθε απάντηση έρχεται εδώ και ως ειδοποίηση.
support-empty = Δεν υπάρχουν ακόμη αιτήματα.
support-new-case = Νέο αίτημα
support-open-case = Άνοιγμα αιτήματος
support-message = Τι συνέβη;
support-reply = Το μήνυμά σας
support-send = Αποστολή
support-author-you = Εσείς
support-author-support = Υποστήριξη Pocket
support-top-up = Προσθήκη χρημάτων
support-topic-late-top-up = Μια προσθήκη χρημάτων δεν έφτασε
support-topic-payment-problem = Πρόβλημα με μια πληρωμή
support-topic-forgotten-security-answers = Ξέχασα τις απαντήσεις ασφαλείας
support-topic-other = Κάτι άλλο
support-status-open = Αναμονή για την υποστήριξη
support-status-answered = Απαντήθηκε
support-status-resolved = Επιλύθηκε
support-status-declined = Έκλεισε χωρίς αλλαγές
support-about-top-up = Σχετικά με την προσθήκη χρημάτων: { $top_up }
support-about-payment = Σχετικά με την πληρωμή σας ύψους { $amount } στις { $date }. Η απόδειξή της επισυνάπτεται στο αίτημά σας.
support-about-answers = Η υποστήριξη ελέγχει το έγγραφο ταυτότητάς σας και μετά σας επιτρέπει να ορίσετε νέο κωδικό πληρωμών και νέες ερωτήσεις ασφαλείας.
top-up-report-late = Δεν έφτασαν; Επικοινωνήστε με την υποστήριξη
receipt-report = Αναφορά προβλήματος με αυτή την πληρωμή
recover-payment-contact-support = Ξεχάσατε και τις απαντήσεις; Επικοινωνήστε με την υποστήριξη

## Κωδικός πληρωμών και ερωτήσεις ασφαλείας

payment-password-intro-setup = Θα επιβεβαιώνετε κάθε πληρωμή με αυτά τα 6 ψηφία. Το Pocket δεν τα αποθηκεύει ποτέ σε αναγνώσιμη μορφή.
payment-password-intro-change = Πληκτρολογήστε τον τωρινό κωδικό πληρωμών σας και μετά τον νέο δύο φορές.
payment-password-rule-digits = Ακριβώς { $digits } ψηφία.
payment-password-rule-runs = Όχι ψηφία στη σειρά προς τα πάνω ή προς τα κάτω, όπως 123456 ή 654321.
payment-password-rule-repeats = Κανένα ψηφίο πάνω από { $max } φορές στη σειρά.
payment-password-current = Τωρινός κωδικός πληρωμών
payment-password-new = Νέος κωδικός πληρωμών
payment-password-confirm = Τα ίδια 6 ψηφία ξανά
payment-password-submit = Αποθήκευση

questions-intro = Αν ξεχάσετε τον κωδικό πληρωμών σας, αυτές οι απαντήσεις σάς βοηθούν να ορίσετε νέο. Επιλέξτε { $min } ερωτήσεις και απαντήστε σε καθεμία.
questions-slot = Ερώτηση { $number }
questions-answer = Η απάντησή σας
questions-submit = Αποθήκευση
question-first-pet = Πώς λεγόταν το πρώτο σας κατοικίδιο;
question-birth-city = Σε ποια πόλη γεννηθήκατε;
question-first-school = Πώς λεγόταν το πρώτο σας σχολείο;
question-childhood-friend = Πώς λέγεται ο καλύτερος παιδικός σας φίλος;
question-first-street = Πώς λεγόταν ο δρόμος όπου μεγαλώσατε;
question-favourite-teacher = Πώς λεγόταν ο αγαπημένος σας δάσκαλος;
question-first-job = Ποια ήταν η πρώτη σας δουλειά;
question-grandmother-name = Ποιο είναι το μικρό όνομα της γιαγιάς σας;

## Αρχική και όρια

home-greeting = Γεια σας, { $name }
home-greeting-anonymous = Γεια σας
home-balance-pending = { $amount } καθ' οδόν
shortcut-top-up = Προσθήκη
shortcut-transfer = Αποστολή
shortcut-cards = Κάρτες
shortcut-history = Ιστορικό
shortcut-notifications = Ειδοποιήσεις
shortcut-limits = Όρια
verification-hint-email = Επιβεβαιώστε το email σας για να προσθέτετε χρήματα και να πληρώνετε.
verification-hint-identity = Επαληθεύστε την ταυτότητά σας για να αυξήσετε τα όριά σας και να κάνετε μεγάλες αγορές.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Αναμένεται έως τις { $date }
top-up-on-its-way = Καθ' οδόν
top-up-awaiting-boleto = Περιμένουμε να πληρώσετε το Boleto σε τράπεζα ή online.

pending-pay = Πληρωμή { $amount } για την παραγγελία { $reference }
pending-top-up = Προσθήκη { $amount }
pending-transfer = Αποστολή { $amount } σε { $reference }
pending-cancel-order = Ακύρωση της παραγγελίας { $reference }
pending-confirm-receipt = Επιβεβαίωση παραλαβής της παραγγελίας { $reference }
pending-other = Μια κίνηση χρημάτων
pending-status-sending = Αποθηκεύτηκε σε αυτό το κινητό· θα σταλεί μόλις συνδεθείτε ξανά.
pending-status-code = Αναμονή για τον κωδικό που έστειλε η τράπεζά σας με SMS.
pending-status-bank = Αναμονή επιβεβαίωσης από την τράπεζα.

limit-method-balance = Πληρωμές από το υπόλοιπο
limit-method-card = Πληρωμές με κάρτα
limit-method-top-up = Προσθήκη χρημάτων μέσω { $rail }
limit-left-today = Απομένουν { $amount } σήμερα
limit-left-month = Απομένουν { $amount } αυτόν τον μήνα
limit-per-payment = Έως { $amount } ανά πληρωμή
limit-frees-up = Περισσότερο όριο απελευθερώνεται στις { $at }
limit-ceiling-per_payment = { $ceiling } ανά πληρωμή
limit-ceiling-per_day = { $ceiling } ανά 24 ώρες
limit-ceiling-per_month = { $ceiling } ανά 30 ημέρες
limit-raise-verify-email = Επιβεβαιώστε το email σας: έως { $ceiling }
limit-raise-verify-identity = Επαληθεύστε την ταυτότητά σας: έως { $ceiling }
limit-raise-account-age = Έως { $ceiling } από τις { $date }, όταν ο λογαριασμός σας θα είναι { $days } ημερών
limits-standing = Ο λογαριασμός σας: { $level }, { $days ->
    [one] { $days } ημέρας
   *[other] { $days } ημερών
}
limits-note = "Σήμερα" είναι οι τελευταίες 24 ώρες και "αυτόν τον μήνα" οι τελευταίες 30 ημέρες: τα χρήματα που ξοδέψατε γίνονται ξανά διαθέσιμα μετά από αυτό.
level-unverified = email μη επιβεβαιωμένο
level-email-confirmed = email επιβεβαιωμένο
level-identity-verified = ταυτότητα επαληθευμένη

figure-limit = Όριο
figure-left = Διαθέσιμο τώρα
figure-most-at-once = Μέγιστο σε μία πληρωμή
figure-fits-again = Αυτό το ποσό χωράει ξανά
figure-how-to-raise = Για να το αυξήσετε

## Προσθήκη χρημάτων

rail-bank_card = Τραπεζική κάρτα
rail-bank_transfer = Τραπεζική μεταφορά
rail-western_union = Western Union
rail-e_wallet = Ηλεκτρονικό πορτοφόλι
rail-boleto = Boleto
rail-limits = Από { $min } έως { $max } κάθε φορά
rail-limits-monthly = Από { $min }, έως { $max } ανά 30 ημέρες
rail-limits-account = Από { $min }, έως το όριο της κάρτας σας
rail-arrives-instantly = Φτάνει αμέσως
rail-arrives-in-days = Φτάνει σε έως { $days } εργάσιμες ημέρες
rail-arrives-when-paid = Φτάνει μόλις πληρώσετε το παραστατικό
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Ποσό σε { $currency }
top-up-limit-left = Τα όριά σας αφήνουν γι' αυτό { $today } σήμερα και { $month } αυτόν τον μήνα.
top-up-add-card = Προσθήκη κάρτας
top-up-submit = Προσθήκη χρημάτων
top-up-credited = Προστέθηκαν { $amount }
top-up-credited-message = Είναι ήδη στο υπόλοιπό σας.
top-up-pending = { $amount } καθ' οδόν
top-up-pending-message = Αναμένεται έως τις { $date }. Αν δεν έχει φτάσει ως τότε, επικοινωνήστε με την υποστήριξη.
top-up-another = Προσθήκη κι άλλων

## Κάρτες

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Λήγει { $expiry }
card-expired = Έληξε: δεν μπορεί να πληρώσει
card-one-off = Μόνο για αυτή την πληρωμή
cards-count = { $count } από { $max } κάρτες αποθηκευμένες
cards-add = Προσθήκη κάρτας
cards-at-limit = Έχετε { $max } κάρτες, το μέγιστο που επιτρέπει το Pocket. Αφαιρέστε μία για να προσθέσετε άλλη.
cards-empty = Δεν υπάρχουν ακόμη αποθηκευμένες κάρτες.
cards-remove = Αφαίρεση
cards-replace = Αντικατάσταση
cards-remove-title = Αφαίρεση αυτής της κάρτας;
cards-remove-message = Η κάρτα { $card } δεν θα μπορεί πλέον να πληρώνει. Μπορείτε να την προσθέσετε ξανά αργότερα.
cards-remove-confirm = Αφαίρεση
cards-remove-cancel = Διατήρηση
add-card-number = Αριθμός κάρτας
add-card-expiry = Λήξη (ΜΜ/ΕΕ)
add-card-expiry-hint = Όπως είναι τυπωμένη στην κάρτα.
add-card-save = Αποθήκευση της κάρτας για την επόμενη φορά
add-card-save-hint = Αφήστε το χωρίς σημάδι για να χρησιμοποιήσετε την κάρτα μία φορά. Μπορείτε να αποθηκεύσετε έως { $max } κάρτες.
add-card-note = Ο αριθμός της κάρτας σας πηγαίνει μία φορά στην υπηρεσία πληρωμών, η οποία δίνει στο Pocket ένα token στη θέση του. Ο αριθμός δεν αποθηκεύεται ποτέ σε αυτό το κινητό.
add-card-submit = Προσθήκη κάρτας
add-card-replacing = Αντικαθιστά την { $card }. Η νέα κάρτα ελέγχεται πρώτα από την τράπεζά της· αν αποτύχει, η παλιά μένει.
add-card-replace-submit = Αντικατάσταση κάρτας

## Αγορές

catalogue-ships-from = Αποστέλλεται από: { $country }
catalogue-cart = { $count ->
    [0] Καλάθι
   *[other] Καλάθι ({ $count })
}
catalogue-note = Το Pocket πληρώνει δέματα έως { $weight } και { $cap } το καθένα.
option-colour = Χρώμα
option-model = Μοντέλο
option-size = Μέγεθος
option-plug = Φις
product-seller = Πωλείται από { $seller }
product-weight = { $weight } το καθένα
product-quantity = Ποσότητα: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Αγορά τώρα
product-add-to-cart = Προσθήκη στο καλάθι
product-choose = Επιλέξτε: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = Ένα λιγότερο: { $item }
step-more = Ένα ακόμη: { $item }
cart-remove-line = Αφαίρεση από το καλάθι: { $item }
cart-total = Σύνολο { $total }
cart-checkout = Ολοκλήρωση αγοράς
cart-empty = Το καλάθι σας είναι άδειο.
parcel-from = Από { $seller }
parcel-weight = { $weight } από { $max }
parcel-value = { $value } από { $cap }
parcel-empty = Το δέμα από { $seller } δεν περιέχει τίποτα.
parcel-too-heavy = Το δέμα από { $seller } ζυγίζει { $weight }· το Pocket πληρώνει δέματα έως { $max }. Αφαιρέστε προϊόντα βάρους { $over } ή παραγγείλτε τα χωριστά.
parcel-over-cap = Το δέμα από { $seller } αξίζει { $value }· το Pocket πληρώνει δέματα αξίας έως { $cap }. Αφαιρέστε προϊόντα αξίας { $over } ή παραγγείλτε τα χωριστά.
checkout-address = Διεύθυνση παράδοσης
checkout-address-hint = Αφήστε το κενό για να χρησιμοποιηθεί η διεύθυνση του λογαριασμού σας.
checkout-coupon = Κουπόνι
checkout-total = { $total } σε { $orders ->
    [one] μία παραγγελία
   *[other] { $orders } παραγγελίες, μία ανά πωλητή
}
checkout-place-order = Υποβολή παραγγελίας

## Πληρωμή

pay-progress = Παραγγελία { $number } από { $count }
pay-source-balance = Υπόλοιπο σε { $currency }
pay-source-available = Διαθέσιμα { $amount }
pay-new-card = Χρήση νέας κάρτας
pay-quote-loading = Ελέγχουμε την ισοτιμία και τα όριά σας…
pay-you-pay = Πληρώνετε { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = Μετά από αυτή την πληρωμή: απομένουν { $today } σήμερα και { $month } αυτόν τον μήνα.
pay-card-limits = Τα όρια της κάρτας σας αφήνουν { $today } σήμερα και { $month } αυτόν τον μήνα.
pay-short = Στο υπόλοιπό σας σε { $currency } λείπουν { $amount }. Προσθέστε χρήματα ή πληρώστε με άλλον τρόπο.
pay-password = Κωδικός πληρωμών
pay-button = Πληρωμή { $amount }
bank-code = Κωδικός από το SMS
bank-code-hint = Η τράπεζά σας τον έστειλε στο κινητό σας.
bank-code-submit = Επιβεβαίωση
pay-paid = Πληρώθηκε. Τα χρήματά σας δεσμεύονται μέχρι να επιβεβαιώσετε ότι το δέμα έφτασε.
pay-next = Πληρωμή της επόμενης παραγγελίας
pay-finish = Τέλος

## Παραγγελίες

orders-empty = Δεν υπάρχουν ακόμη παραγγελίες.
order-summary = { $items ->
    [one] { $items } προϊόν
   *[other] { $items } προϊόντα
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Αναμένει πληρωμή
order-status-paid = Πληρώθηκε
order-status-shipped = Στάλθηκε
order-status-delivered = Παραδόθηκε
order-status-disputed = Σε αμφισβήτηση
order-status-completed = Ολοκληρώθηκε
order-status-cancelled = Ακυρώθηκε
order-status-refunded = Επιστράφηκαν τα χρήματα
order-status-detail-created = Δεν έχει πληρωθεί ακόμη.
order-status-detail-paid = Τα χρήματά σας δεσμεύονται μέχρι να φτάσει το δέμα. Τώρα ο πωλητής το αποστέλλει.
order-status-detail-shipped = Καθ' οδόν. Τα χρήματά σας δεσμεύονται μέχρι να επιβεβαιώσετε ότι έφτασε.
order-status-detail-delivered = Παραδόθηκε. Επιβεβαιώστε την παραλαβή ή ανοίξτε αμφισβήτηση πριν λήξει η προστασία αγοραστή.
order-status-detail-disputed = Τα χρήματά σας παραμένουν δεσμευμένα όσο επιλύεται η αμφισβήτηση.
order-status-detail-completed = Ο πωλητής πληρώθηκε.
order-status-detail-cancelled = Ακυρώθηκε. Όποια πληρωμή είχε γίνει επιστράφηκε.
order-status-detail-refunded = Σας επιστράφηκαν τα χρήματα.
order-line-price = Τιμή
order-line-discount = Έκπτωση
order-discount = { $amount } με { $coupon }
order-line-weight = Βάρος
order-line-placed = Υποβλήθηκε
order-line-tracking = Αριθμός αποστολής
order-line-delivered = Παραδόθηκε
order-line-protection = Προστασία αγοραστή έως
order-line-dispute = Αμφισβήτηση
order-line-held = Δεσμευμένα για εσάς
order-line-refunded = Επιστράφηκαν
order-line-released = Πληρώθηκαν στον πωλητή
order-line-refund-to = Η επιστροφή πηγαίνει
order-pay = Πληρωμή
order-cancel = Ακύρωση παραγγελίας
order-confirm-receipt = Το παρέλαβα
order-open-dispute = Άνοιγμα αμφισβήτησης
order-refund-destination = Πού πηγαίνει η επιστροφή
order-receipt = Απόδειξη
order-confirm-receipt-title = Έφτασε το δέμα σας;
order-confirm-receipt-message = Ο πωλητής θα πληρωθεί { $amount }. Μετά από αυτό δεν μπορείτε να ανοίξετε αμφισβήτηση.
order-confirm-receipt-confirm = Ναι, πληρωμή του πωλητή
order-cancel-title = Ακύρωση αυτής της παραγγελίας;
order-cancel-message = Δεν έχει σταλεί ακόμη, οπότε σας επιστρέφεται όλο το ποσό των { $amount }.
order-cancel-confirm = Ακύρωση παραγγελίας
order-cancel-keep = Διατήρηση
order-dispute-title = Τι πήγε στραβά;
order-dispute-message = Τα χρήματά σας παραμένουν δεσμευμένα όσο το εξετάζουμε. Αν έχετε δίκιο, παίρνετε πλήρη ή μερική επιστροφή χρημάτων.
order-refund-title = Πού να πάει μια επιστροφή χρημάτων;
order-refund-message = Αυτό έχει σημασία μόνο αν σας επιστραφούν χρήματα.
dispute-not-received = Δεν έφτασε ποτέ
dispute-not-as-described = Δεν είναι όπως περιγραφόταν
dispute-wrong-item = Είναι λάθος προϊόν
refund-to-same = Πίσω από εκεί που έγινε η πληρωμή
refund-to-balance = Στο υπόλοιπό σας στο Pocket
refund-to-origin = Στην πηγή από την οποία φορτώθηκε το υπόλοιπο
refund-to-detail-same = Στο υπόλοιπο για πληρωμή από υπόλοιπο, στην κάρτα για πληρωμή με κάρτα.
refund-to-detail-balance = Ακόμη και για πληρωμή με κάρτα.
refund-to-detail-origin = Για πληρωμή από υπόλοιπο: στην κάρτα ή τον λογαριασμό από τον οποίο προσθέσατε τα χρήματα.

## Ιστορικό και αποδείξεις

history-empty = Δεν υπάρχει τίποτα εδώ ακόμη.
history-more = Εμφάνιση { $count } ακόμη
history-kind-payment = Πληρωμή παραγγελίας
history-kind-refund = Επιστροφή χρημάτων
history-kind-top-up = Προσθήκη χρημάτων
history-kind-top-up-settled = Τα χρήματα έφτασαν
history-kind-top-up-declined = Η φόρτιση επιστράφηκε
history-kind-transfer = Μεταφορά
history-kind-escrow-release = Πληρώθηκαν στον πωλητή
history-kind-sandbox-grant = Χρήματα δοκιμής
history-kind-other = Κίνηση χρημάτων
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Υπόλοιπο
history-source-card = Κάρτα
history-source-top-up = Πηγή προσθήκης χρημάτων
receipt-payment = Πληρωμή
receipt-order = Παραγγελία
receipt-paid = Πληρώθηκαν
receipt-amount-usd = Τιμή παραγγελίας
receipt-method = Τρόπος πληρωμής
receipt-method-balance = Υπόλοιπο Pocket
receipt-method-card = Κάρτα
receipt-card = Κάρτα
receipt-rate = Ισοτιμία
receipt-at = Ώρα
refund-amount = Επιστράφηκαν
refund-to = Επιστράφηκαν σε
refund-top-up = Μέσω της προσθήκης χρημάτων
refunded-to-card = Η κάρτα σας
refunded-to-balance = Το υπόλοιπο Pocket
receipt-support = Χρεωθήκατε δύο φορές ή για κάτι που δεν λάβατε; Επικοινωνήστε με την υποστήριξη με αυτή την απόδειξη.

## Μεταφορές

transfer-to = Email παραλήπτη
transfer-amount = Ποσό
transfer-amount-hint = Σε { $currency }, από το υπόλοιπό σας.
transfer-note = Σημείωση (προαιρετικά)
transfer-password = Κωδικός πληρωμών
transfer-submit = Αποστολή
transfer-sent = Στείλατε { $amount } στο { $email }.
transfer-another = Αποστολή κι άλλων

## Ειδοποιήσεις

notifications-empty = Δεν υπάρχουν ακόμη ειδοποιήσεις.
notification-support-reply = Η υποστήριξη απάντησε
notification-support-resolved = Το αίτημα επιλύθηκε
notification-support-declined = Το αίτημα έκλεισε
notification-body-payment = Πληρώσατε { $amount }. Τα χρήματα παραμένουν δεσμευμένα μέχρι να επιβεβαιώσετε ότι λάβατε την παραγγελία.
notification-body-refund = { $to ->
    [card] Σας επιστράφηκαν { $amount } στην κάρτα σας.
    [top_up_source] Σας επιστράφηκαν { $amount } στην πηγή από την οποία προσθέσατε χρήματα: { $source }.
   *[other] Σας επιστράφηκαν { $amount } στο υπόλοιπό σας στο Pocket.
}
notification-body-top-up-settled = Έφτασαν { $amount } στο υπόλοιπό σας στο Pocket.
notification-body-top-up-declined = Η φόρτιση των { $amount } δεν έφτασε στο Pocket και αφαιρέθηκε από το εκκρεμές υπόλοιπό σας: { $note }
notification-body-order-shipped = Η παραγγελία σας είναι καθ' οδόν. Αριθμός αποστολής: { $tracking }.
notification-body-order-delivered = Η παραγγελία σας παραδόθηκε. Επιβεβαιώστε την παραλαβή ή ανοίξτε αμφισβήτηση πριν λήξει η προστασία αγοραστή.
notification-body-order-updated = { $status ->
    [completed] Η παραγγελία σας ολοκληρώθηκε και ο πωλητής πληρώθηκε.
    [cancelled] Η παραγγελία σας ακυρώθηκε.
    [disputed] Η αμφισβήτησή σας άνοιξε. Τα χρήματά σας παραμένουν δεσμευμένα μέχρι να επιλυθεί.
   *[other] Η παραγγελία σας άλλαξε.
}
notification-body-transfer-received = Λάβατε { $amount } από { $counterpart }.
notification-body-transfer-sent = Στείλατε { $amount } στο { $counterpart }.
notification-body-verification-approved = Η ταυτότητά σας επαληθεύτηκε: τα όριά σας αυξήθηκαν.
notification-body-verification-declined = Η επαλήθευση της ταυτότητάς σας δεν εγκρίθηκε: { $note }
notification-body-support-reply = Η υποστήριξη απάντησε: { $note }
notification-body-support-resolved = Το αίτημά σας επιλύθηκε: { $note }
notification-body-support-declined = Το αίτημά σας έκλεισε: { $note }
notification-body-account-frozen = Ο λογαριασμός σας έχει παγώσει και δεν μπορούν να φύγουν χρήματα από αυτόν: { $note } Γράψτε στην υποστήριξη για να μάθετε τι να κάνετε.
notification-body-account-thawed = Ο λογαριασμός σας δεν είναι πια παγωμένος: μπορείτε ξανά να πληρώνετε, να φορτίζετε και να στέλνετε χρήματα.
notification-verification-approved = Η ταυτότητα επαληθεύτηκε
notification-verification-declined = Η επαλήθευση δεν εγκρίθηκε
notification-payment = Πληρωμή
notification-refund = Επιστροφή χρημάτων
notification-top-up-settled = Τα χρήματα έφτασαν
notification-top-up-declined = Η φόρτιση δεν παραλήφθηκε
notification-account-frozen = Ο λογαριασμός πάγωσε
notification-account-thawed = Ο λογαριασμός ξεπάγωσε
notification-order-shipped = Η παραγγελία στάλθηκε
notification-order-delivered = Η παραγγελία παραδόθηκε
notification-order-updated = Νέα για την παραγγελία
notification-transfer-received = Λάβατε χρήματα
notification-transfer-sent = Τα χρήματα στάλθηκαν
notification-other = Pocket

## Ρυθμίσεις

settings-email = Email
settings-level = Επαλήθευση
settings-age = Μέλος εδώ και
settings-age-days = { $days ->
    [one] { $days } ημέρα
   *[other] { $days } ημέρες
}
settings-country = Χώρα
settings-language = Γλώσσα
settings-change-language = Αλλαγή
settings-change-payment-password = Αλλαγή κωδικού πληρωμών
settings-set-payment-password = Ορισμός κωδικού πληρωμών
settings-forgot-payment-password = Ξεχάσατε τον κωδικό πληρωμών;
settings-verify-identity = Επαλήθευση ταυτότητας
settings-support = Βοήθεια και υποστήριξη
settings-change-questions = Αλλαγή ερωτήσεων ασφαλείας
settings-sign-out = Αποσύνδεση
settings-sign-out-title = Αποσύνδεση;
settings-sign-out-message = { $pending ->
    [0] Μπορείτε να συνδεθείτε ξανά όποτε θέλετε.
    [one] { $pending } πληρωμή ή μεταφορά περιμένει ακόμη να σταλεί. Μένει αποθηκευμένη και θα σταλεί όταν συνδεθείτε ξανά.
   *[other] { $pending } πληρωμές ή μεταφορές περιμένουν ακόμη να σταλούν. Μένουν αποθηκευμένες και θα σταλούν όταν συνδεθείτε ξανά.
}
settings-sign-out-confirm = Αποσύνδεση
settings-sign-out-everywhere = Αποσύνδεση από όλες τις συσκευές
settings-sign-out-everywhere-title = Αποσύνδεση από όλες τις συσκευές;
settings-sign-out-everywhere-message = Κάθε κινητό και πρόγραμμα περιήγησης που είναι συνδεδεμένο στον λογαριασμό σας αποσυνδέεται, και αυτό εδώ. Χρησιμοποιήστε το αν χάθηκε ένα κινητό ή το χρησιμοποίησε κάποιος άλλος.
settings-sign-out-everywhere-confirm = Αποσύνδεση παντού

## Προβλήματα: τι συνέβη (το μήνυμα), ένας τίτλος και τι να κάνετε (η υπόδειξη)

problem-unknown = Κάτι πήγε στραβά.
    .title = Κάτι πήγε στραβά
problem-required = Συμπληρώστε αυτό το πεδίο.
problem-missing_field = Συμπληρώστε αυτό το πεδίο.
problem-invalid_email = Πληκτρολογήστε μια διεύθυνση email όπως maria@example.com.
problem-email_looks_like_another = Αυτό το email ανακατεύει παρόμοια γράμματα από διαφορετικά αλφάβητα. Πληκτρολογήστε το ξανά με μία διάταξη πληκτρολογίου.
problem-password_too_short = Χρησιμοποιήστε τουλάχιστον 8 χαρακτήρες.
problem-invalid_country = Επιλέξτε τη χώρα σας.
problem-invalid_phone = Πληκτρολογήστε τον αριθμό με τον κωδικό χώρας, όπως +30 691 234 5678.
problem-too_long = Είναι πολύ μεγάλο· συντομεύστε το.
problem-too_short = Είναι πολύ σύντομο.
problem-too_many_items = Υπάρχουν πάρα πολλά στοιχεία εδώ.
problem-too_few_items = Προσθέστε τουλάχιστον ένα ακόμη.
problem-invalid_format = Δεν είναι στη μορφή που αναμένεται.
problem-invalid_choice = Επιλέξτε μία από τις επιλογές.
problem-number_too_large = Ο αριθμός είναι πολύ μεγάλος.
problem-number_too_small = Ο αριθμός είναι πολύ μικρός.
problem-invalid_field = Κάτι σε αυτή τη φόρμα δεν είναι σωστό.
problem-forbidden_characters = Περιέχει έναν αόρατο χαρακτήρα· πληκτρολογήστε το ξανά.
problem-wrong_credentials = Το email ή ο κωδικός πρόσβασης είναι λάθος.
    .title = Δεν είναι δυνατή η σύνδεση
    .hint = Ελέγξτε τα και δοκιμάστε ξανά.
problem-unknown_confirmation_token = Αυτός ο κωδικός δεν είναι σωστός.
    .hint = Ελέγξτε τον κωδικό ή ζητήστε νέο σύνδεσμο.
problem-confirmation_link_expired = Αυτός ο σύνδεσμος έληξε: οι σύνδεσμοι ισχύουν για 24 ώρες.
    .title = Ο σύνδεσμος έληξε
    .hint = Ζητήστε νέο σύνδεσμο από αυτή την οθόνη.
problem-needs_sign_in = Συνδεθείτε για να συνεχίσετε.
    .title = Αποσυνδεθήκατε
problem-offline = Δεν είναι δυνατή η σύνδεση με το Pocket αυτή τη στιγμή και δεν υπάρχει τίποτα αποθηκευμένο σε αυτό το κινητό για εμφάνιση.
    .title = Είστε εκτός σύνδεσης
    .hint = Δοκιμάστε ξανά όταν συνδεθείτε.
problem-internal = Κάτι πήγε στραβά σε αυτό το κινητό.
    .title = Κάτι πήγε στραβά
    .hint = Δοκιμάστε ξανά. Αν συνεχίσει να συμβαίνει, επανεκκινήστε την εφαρμογή.
problem-will_retry = Χωρίς σύνδεση: αποθηκεύτηκε και θα σταλεί αυτόματα.
problem-unknown_link = Αυτός ο σύνδεσμος δεν μπορεί να ανοίξει στο Pocket.
    .title = Άγνωστος σύνδεσμος

problem-not_six_digits = Πληκτρολογήστε τα 6 ψηφία του κωδικού πληρωμών σας.
problem-wrong_length = Ο κωδικός πληρωμών έχει 6 ψηφία· αυτός έχει { $length }.
problem-password-not_digits = Χρησιμοποιήστε μόνο τα ψηφία 0 έως 9.
problem-sequential_run = Τα ψηφία στη σειρά μαντεύονται εύκολα. Ανακατέψτε τα.
problem-repeated_digits = Το ίδιο ψηφίο 3 φορές στη σειρά μαντεύεται εύκολα.
problem-confirmation_mismatch = Οι δύο δεν ταιριάζουν. Πληκτρολογήστε τα ίδια 6 ψηφία δύο φορές.
problem-current_password_required = Πληκτρολογήστε τον τωρινό κωδικό πληρωμών σας.
problem-wrong_payment_password = Αυτός δεν είναι ο κωδικός πληρωμών σας. { $attempts_left ->
    [one] Απομένει { $attempts_left } προσπάθεια πριν κλειδώσουν οι πληρωμές για λίγο.
   *[other] Απομένουν { $attempts_left } προσπάθειες πριν κλειδώσουν οι πληρωμές για λίγο.
}
    .title = Λάθος κωδικός πληρωμών
problem-payment_password_locked = Πάρα πολλοί λάθος κωδικοί πληρωμών. Οι πληρωμές είναι κλειδωμένες έως τις { $until }.
    .title = Οι πληρωμές κλείδωσαν
    .hint = Περιμένετε ως τότε ή ορίστε νέο κωδικό τώρα: Ρυθμίσεις, "Ξεχάσατε τον κωδικό πληρωμών;".
problem-payment_password_not_set = Ορίστε πρώτα κωδικό πληρωμών: κάθε πληρωμή επιβεβαιώνεται με αυτόν.
    .title = Δεν υπάρχει κωδικός πληρωμών
problem-reference_required = Πείτε μας για ποια προσθήκη χρημάτων ή πληρωμή πρόκειται.
problem-top_up_arrived = Αυτή η προσθήκη χρημάτων έχει ήδη φτάσει στο υπόλοιπό σας.
problem-order_not_paid = Αυτή η παραγγελία δεν πληρώθηκε ποτέ, οπότε δεν υπάρχει πληρωμή για έλεγχο.
problem-document_required = Προσθέστε το έγγραφο ταυτότητάς σας: η υποστήριξη ελέγχει ότι είστε εσείς.
problem-case_closed = Αυτό το αίτημα έχει κλείσει.
problem-account_frozen = Ο λογαριασμός σας έχει παγώσει και δεν μπορούν να φύγουν χρήματα από αυτόν. Γράψτε στην υποστήριξη για να μάθετε γιατί και τι να κάνετε.
problem-action-verify = Επαλήθευση ταυτότητας
problem-action-open = Άνοιγμα
problem-choose_document = Επιλέξτε έγγραφο.
problem-invalid_document_number = Πληκτρολογήστε τον αριθμό του εγγράφου όπως είναι τυπωμένος.
problem-verification_pending = Το έγγραφό σας αναμένει ήδη έλεγχο. Θα σας ενημερώσουμε μόλις ελεγχθεί.
problem-already_verified = Η ταυτότητά σας έχει ήδη επαληθευτεί.
problem-email_not_confirmed = Επιβεβαιώστε πρώτα το email σας.
problem-answer_every_question = Απαντήστε σε όλες τις ερωτήσεις.
problem-wrong_security_answers = Τουλάχιστον μία απάντηση δεν είναι σωστή. { $attempts_left ->
    [one] Απομένει { $attempts_left } προσπάθεια πριν σταματήσει η ανάκτηση για λίγο.
   *[other] Απομένουν { $attempts_left } προσπάθειες πριν σταματήσει η ανάκτηση για λίγο.
}
    .title = Λάθος απάντηση
    .hint = Τα κεφαλαία και τα περιττά κενά δεν έχουν σημασία.
problem-security_answers_locked = Πάρα πολλές λάθος απαντήσεις. Η ανάκτηση έχει σταματήσει έως τις { $until }.
    .title = Η ανάκτηση σταμάτησε
problem-security_questions_not_set = Δεν έχετε ερωτήσεις ασφαλείας για να απαντήσετε, οπότε ο κωδικός πληρωμών σας δεν μπορεί να ανακτηθεί μέσω email.
    .title = Δεν υπάρχουν ερωτήσεις ασφαλείας
problem-unknown_recovery_link = Αυτός ο κωδικός δεν είναι σωστός.
    .hint = Ελέγξτε τον κωδικό ή ζητήστε νέο σύνδεσμο.
problem-recovery_link_used = Αυτός ο σύνδεσμος έχει ήδη χρησιμοποιηθεί.
    .title = Ο σύνδεσμος χρησιμοποιήθηκε
    .hint = Ζητήστε νέο σύνδεσμο από αυτή την οθόνη.
problem-recovery_link_replaced = Μετά από αυτόν στάλθηκε νεότερος σύνδεσμος.
    .title = Παλιός σύνδεσμος
    .hint = Ανοίξτε το πιο πρόσφατο email.
problem-recovery_link_expired = Αυτός ο σύνδεσμος έληξε: οι σύνδεσμοι ισχύουν για 30 λεπτά.
    .title = Ο σύνδεσμος έληξε
    .hint = Ζητήστε νέο σύνδεσμο από αυτή την οθόνη.
problem-recovery_link_cooldown = Μόλις στάλθηκε ένας σύνδεσμος. Ανοίξτε το πιο πρόσφατο email ή ζητήστε νέο στις { $until }.
problem-sign_in_to_open_link = Συνδεθείτε πρώτα και μετά ανοίξτε ξανά τον σύνδεσμο.
    .title = Αποσυνδεθήκατε
problem-too_few_questions = Απαντήστε σε τουλάχιστον { $min } ερωτήσεις.
problem-duplicate_question = Η ερώτηση "{ $question }" επιλέχθηκε δύο φορές. Επιλέξτε διαφορετικές ερωτήσεις.
problem-empty_answer = Απαντήστε στην ερώτηση "{ $question }".

problem-invalid_length = Ένας αριθμός κάρτας έχει 12 έως 19 ψηφία· αυτός έχει { $digits }.
problem-number-not_digits = Χρησιμοποιήστε μόνο ψηφία (τα κενά επιτρέπονται).
problem-failed_checksum = Αυτός ο αριθμός κάρτας δεν είναι έγκυρος. Ελέγξτε τον για τυπογραφικά λάθη.
problem-unsupported_brand = Αυτός ο τύπος κάρτας δεν γίνεται δεκτός. Χρησιμοποιήστε Visa, Mastercard, American Express, Discover, JCB, UnionPay ή Mir.
problem-bad_expiry_format = Γράψτε τη λήξη ως ΜΜ/ΕΕ, όπως στην κάρτα.
problem-bad_expiry_month = Το { $month } δεν είναι μήνας. Χρησιμοποιήστε 01 έως 12.
problem-expired = Αυτή η κάρτα έληξε στο τέλος του { $expiry }. Χρησιμοποιήστε άλλη κάρτα.
problem-too_many_cards = Έχετε { $max_cards } αποθηκευμένες κάρτες, το μέγιστο που επιτρέπει το Pocket. Αφαιρέστε πρώτα μία ή αφήστε το "Αποθήκευση" χωρίς σημάδι.
    .title = Πάρα πολλές κάρτες
problem-card_declined = Η τράπεζά σας απέρριψε αυτή την κάρτα.
    .title = Η κάρτα απορρίφθηκε
    .hint = Δεν χρεώθηκε τίποτα. Δοκιμάστε άλλη κάρτα ή το υπόλοιπό σας.
problem-card_insufficient_funds = Η κάρτα δεν έχει αρκετά χρήματα.
    .title = Η κάρτα απορρίφθηκε
    .hint = Δεν χρεώθηκε τίποτα. Δοκιμάστε άλλη κάρτα ή το υπόλοιπό σας.
problem-card_required = Επιλέξτε κάρτα.
problem-card_not_used = Η κάρτα χρειάζεται μόνο για προσθήκη χρημάτων με κάρτα.
problem-one_time_code_required = Πληκτρολογήστε τον κωδικό που έστειλε η τράπεζά σας με SMS.
problem-wrong_one_time_code = Αυτός ο κωδικός δεν είναι σωστός. { $attempts_left ->
    [one] Απομένει { $attempts_left } προσπάθεια για αυτόν τον κωδικό.
   *[other] Απομένουν { $attempts_left } προσπάθειες για αυτόν τον κωδικό.
}
problem-one_time_code_void = Πάρα πολλοί λάθος κωδικοί: αυτός δεν ισχύει πια. Πατήστε "Αποστολή νέου κωδικού".
problem-one_time_code_expired = Αυτός ο κωδικός έληξε ή στάλθηκε νεότερος. Πατήστε "Αποστολή νέου κωδικού".
problem-one_time_code_cooldown = Νέος κωδικός μπορεί να σταλεί στις { $until }.
problem-too_many_one_time_codes = Στάλθηκαν πάρα πολλοί κωδικοί την τελευταία ώρα. Νέος κωδικός μπορεί να σταλεί στις { $until }.
problem-unsaved_card_used = Μια κάρτα που επιλέξατε να μην αποθηκευτεί πληρώνει μόνο μία φορά. Προσθέστε την ξανά ή αποθηκεύστε την για να πληρώσετε με αυτήν.
problem-too_many_login_attempts = Πάρα πολλοί λάθος κωδικοί πρόσβασης. Δοκιμάστε ξανά στις { $until }.
    .title = Περιμένετε λίγο
problem-login_locked = Πάρα πολλοί λάθος κωδικοί πρόσβασης: η σύνδεση σε αυτόν τον λογαριασμό έχει σταματήσει έως τις { $until }.
    .title = Η σύνδεση σταμάτησε
problem-invalid_code = Πληκτρολογήστε τα ψηφία του κωδικού από το SMS.
problem-code_still_required = Πληκτρολογήστε τον κωδικό από το πιο πρόσφατο SMS.
problem-not_waiting_for_code = Αυτό δεν χρειάζεται πια κωδικό.
problem-unknown_action = Αυτή η πληρωμή δεν υπάρχει πια σε αυτό το κινητό.

problem-choose_rail = Επιλέξτε πώς θα προσθέσετε χρήματα.
problem-provider_required = Επιλέξτε το ηλεκτρονικό σας πορτοφόλι.
problem-below_minimum = Οι προσθήκες μέσω { $rail } ξεκινούν από { $minimum }.
problem-below_rail_minimum = Είναι κάτω από το ελάχιστο για αυτόν τον τρόπο προσθήκης χρημάτων.
problem-above_maximum = Οι προσθήκες μέσω { $rail } μπορούν να είναι έως { $maximum }. Χωρίστε το ποσό ή επιλέξτε άλλον τρόπο.
problem-above_rail_maximum = Είναι πάνω από το μέγιστο για αυτόν τον τρόπο προσθήκης χρημάτων.
problem-monthly_cap_reached = Μέσω { $rail } μπορείτε να προσθέσετε { $cap } ανά 30 ημέρες· απομένουν τώρα { $left }.
    .title = Συμπληρώθηκε το μηνιαίο όριο
problem-rail_monthly_cap = Αυτός ο τρόπος προσθήκης χρημάτων έφτασε το μηνιαίο του όριο.
    .title = Συμπληρώθηκε το μηνιαίο όριο
problem-top_up_not_pending = Αυτή η προσθήκη χρημάτων έχει ήδη φτάσει.

problem-not_a_number = Το "{ $text }" δεν είναι ποσό. Πληκτρολογήστε έναν αριθμό όπως 12,50.
problem-too_many_decimals = Το { $currency } έχει το πολύ { $decimals } δεκαδικά.
problem-negative = Τα ποσά δεν μπορούν να είναι κάτω από το μηδέν.
problem-not_positive = Πληκτρολογήστε ποσό μεγαλύτερο από το μηδέν.
problem-too_large = Αυτό είναι περισσότερο από όσο μπορεί να διαχειριστεί το Pocket: το πολύ { $max } { $currency }.
problem-unknown_currency = Το { $code } δεν είναι νόμισμα που υποστηρίζει το Pocket.
problem-invalid_amount = Αυτό το ποσό δεν είναι έγκυρο.
problem-currency_mismatch = Αυτά τα ποσά είναι σε διαφορετικά νομίσματα.
problem-would_go_negative = Αυτό είναι περισσότερο από όσο υπάρχει.
problem-invalid_rate = Η ισοτιμία δεν είναι διαθέσιμη αυτή τη στιγμή.
problem-insufficient_funds = Το υπόλοιπό σας δεν αρκεί για αυτό.
    .title = Δεν υπάρχουν αρκετά χρήματα
    .hint = Προσθέστε χρήματα ή πληρώστε με άλλον τρόπο.

problem-per_payment = Το ποσό { $amount } ξεπερνά το όριο των { $ceiling } ανά πληρωμή ({ $method }).
    .title = Πάνω από το όριό σας
    .hint = Πληρώστε λιγότερα μονομιάς ή αυξήστε το όριό σας.
problem-per_day = Το ποσό { $amount } ξεπερνά όσα μπορείτε να ξοδέψετε σε 24 ώρες ({ $method }). Τώρα μπορείτε να ξοδέψετε { $left }.
    .title = Πάνω από το ημερήσιο όριό σας
problem-per_month = Το ποσό { $amount } ξεπερνά όσα μπορείτε να ξοδέψετε σε 30 ημέρες ({ $method }). Τώρα μπορείτε να ξοδέψετε { $left }.
    .title = Πάνω από το μηνιαίο όριό σας

problem-parcel_not_eligible = Το Pocket δεν μπορεί να πληρώσει ένα δέμα αυτής της παραγγελίας.
    .title = Το Pocket δεν μπορεί να πληρώσει αυτό το δέμα
    .hint = Αλλάξτε τα προϊόντα και δοκιμάστε ξανά.
problem-empty_cart = Το καλάθι σας είναι άδειο.
problem-invalid_cart = Κάτι στο καλάθι σας δεν είναι έγκυρο. Ελέγξτε το και δοκιμάστε ξανά.
problem-invalid_quantity = Επιλέξτε ποσότητα τουλάχιστον 1.
problem-unknown_product = Ένα προϊόν δεν πωλείται πια. Αφαιρέστε το από το καλάθι σας.
problem-unknown_option = Μια επιλογή που διαλέξατε δεν προσφέρεται πια. Επιλέξτε ξανά.
problem-option_required = Επιλέξτε όλες τις επιλογές του προϊόντος.
problem-unknown_coupon = Αυτό το κουπόνι δεν υπάρχει.
problem-coupon_expired = Αυτό το κουπόνι έληξε.
problem-coupon_used = Έχετε ήδη χρησιμοποιήσει αυτό το κουπόνι.
problem-coupon_minimum = Η παραγγελία είναι πολύ μικρή για αυτό το κουπόνι.
problem-choose_source = Επιλέξτε πώς θα πληρώσετε.
problem-payment_not_sent = Η πληρωμή δεν έγινε και δεν χρεώθηκε τίποτα.
    .title = Δεν πληρώθηκε
    .hint = Δοκιμάστε ξανά.
problem-already_paid = Αυτή η παραγγελία έχει ήδη πληρωθεί. Δεν μπορεί να πληρωθεί δύο φορές.
    .title = Έχει ήδη πληρωθεί
problem-illegal_transition = Αυτό δεν μπορεί να γίνει σε αυτή την παραγγελία τώρα.
    .title = Δεν είναι δυνατό τώρα
problem-protection_ended = Η προστασία αγοραστή για αυτή την παραγγελία έληξε.
    .title = Η προστασία έληξε
problem-protection_not_ended = Η προστασία αγοραστή για αυτή την παραγγελία δεν έχει λήξει ακόμη.
problem-refund_exceeds_paid = Μια επιστροφή χρημάτων δεν μπορεί να είναι μεγαλύτερη από το ποσό που πληρώθηκε.
problem-missing_tracking_number = Η παραγγελία δεν έχει ακόμη αριθμό αποστολής.

problem-unknown_recipient = Δεν υπάρχει λογαριασμός Pocket με αυτό το email.
problem-transfer_to_self = Δεν μπορείτε να στείλετε χρήματα στον εαυτό σας.
problem-unsupported_language = Το Pocket δεν μιλάει ακόμη αυτή τη γλώσσα.
problem-not_found = Αυτό δεν υπάρχει πια εδώ.
    .title = Δεν βρέθηκε
problem-unknown_route = Αυτή η έκδοση της εφαρμογής ζήτησε κάτι που η υπηρεσία δεν γνωρίζει.
    .title = Ενημερώστε την εφαρμογή
problem-idempotency_key_reused = Αυτό έχει ήδη σταλεί με άλλα στοιχεία.
problem-missing_idempotency_key = Αυτό το αίτημα χρειάζεται κλειδί για να σταλεί με ασφάλεια.
problem-invalid_idempotency_key = Το κλειδί αυτού του αιτήματος δεν είναι έγκυρο.
problem-malformed_json = Η εφαρμογή έστειλε κάτι που η υπηρεσία δεν μπορεί να διαβάσει.
problem-unreadable_body = Η εφαρμογή έστειλε κάτι που η υπηρεσία δεν μπορεί να διαβάσει.
problem-body_too_large = Είναι πάρα πολλά για να σταλούν μονομιάς.
problem-not_a_boleto = Αυτή η προσθήκη χρημάτων δεν είναι Boleto.
problem-step_too_large = Το ρολόι δοκιμών δεν μπορεί να προχωρήσει τόσο πολύ.

## Opening failed

opening-failed-title = Το Pocket δεν μπόρεσε να ξεκινήσει
opening-failed-message = Το Pocket δεν μπόρεσε να ανοίξει τα αποθηκευμένα δεδομένα ή την κλειδοθήκη του τηλεφώνου σας. Ξεκλειδώστε το τηλέφωνο, βεβαιωθείτε ότι έχει ελεύθερο χώρο και δοκιμάστε ξανά.
opening-failed-detail = Λεπτομέρειες για την υποστήριξη: { $detail }
opening-failed-retry = Δοκιμάστε ξανά
