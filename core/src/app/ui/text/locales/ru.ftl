# Pocket по-русски. Сообщение, которого здесь нет, показывается по-английски.

language-name = Русский
app-name = Pocket
back = Назад

## Форматы: числа, деньги, вес, даты.

format-decimal = ,
format-group = {"\u00A0"}
format-money = { $amount }{"\u00A0"}{ $symbol }
format-grams = { $grams } г
format-date = { $day } { $month } { $year } г.
format-time = { $hour24 }:{ $minute }
format-date-time = { $date }, { $time }
time-am = AM
time-pm = PM
month-1 = янв.
month-2 = февр.
month-3 = мар.
month-4 = апр.
month-5 = мая
month-6 = июн.
month-7 = июл.
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.
weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = вс

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
currency-CHF = CHF
currency-TRY = ₺
currency-KWD = KWD

country-BR = Бразилия
country-RU = Россия
country-KZ = Казахстан
country-BY = Беларусь
country-TR = Турция
country-ID = Индонезия
country-KE = Кения
country-TZ = Танзания
country-GR = Греция
country-ES = Испания
country-MX = Мексика
country-AR = Аргентина
country-PT = Португалия
country-US = США
country-CN = Китай

## Вокруг каждого экрана

tab-home = Главная
tab-shop = Магазин
tab-orders = Заказы
tab-profile = Профиль
banner-offline = Нет связи. Показано то, что сохранено на телефоне.
banner-offline-saved = Нет связи. Показано сохранённое на { $at }.
banner-sending = { $count ->
    [one] { $count } платёж или перевод сохранён на телефоне и уйдёт, когда появится связь.
    [few] { $count } платежа или перевода сохранены на телефоне и уйдут, когда появится связь.
   *[other] { $count } платежей или переводов сохранены на телефоне и уйдут, когда появится связь.
}
money-action-saved = Сейчас нет связи. Операция сохранена на телефоне и отправится сама, когда связь вернётся. Дважды списать её нельзя.
money-action-processing = Банк вашей карты ещё принимает решение. Мы сообщим, как только оно будет. Дважды списать деньги нельзя.
bank-page-message = Банк просит подтвердить это на своей странице. Откройте её, подтвердите — и вы вернётесь сюда.
bank-page-open = Открыть страницу банка
dialog-cancel = Отмена
problem-dismiss = Понятно

title-sign-up = Регистрация
title-check-email = Подтвердите почту
title-sign-in = Вход
title-reset-password = Новый пароль
title-recover-payment-password = Забыли платёжный пароль
title-verification = Подтверждение личности
title-support = Помощь и поддержка
title-new-support-case = Новое обращение
title-payment-password-setup = Платёжный пароль
title-payment-password-change = Смена платёжного пароля
title-security-questions = Контрольные вопросы
title-home = Pocket
title-limits = Ваши лимиты
title-top-up = Пополнение
title-cards = Ваши карты
title-add-card = Новая карта
title-replace-card = Замена карты
title-catalogue = Магазин
title-cart = Корзина
title-checkout = Оформление заказа
title-pay = Оплата
title-orders = Ваши заказы
title-order = Заказ у { $seller }
title-history = История
title-receipt = Чек
title-refund-receipt = Квитанция о возврате
title-transfer = Перевод
title-notifications = Уведомления
title-settings = Профиль и настройки

## Уведомления об успехе

notice-email-confirmed = Почта подтверждена.
notice-payment-password-changed = Платёжный пароль изменён.
notice-questions-changed = Контрольные вопросы сохранены.
notice-all-set = Всё готово. Пополните баланс, чтобы делать покупки.
notice-card-removed = Карта удалена.
notice-card-replaced = { $card } теперь вместо старой карты.
notice-card-saved = { $card } сохранена для следующих покупок.
notice-card-one-off = { $card } оплатит только этот раз. В аккаунте она не сохранена.
notice-added-to-cart = Добавлено в корзину (в ней { $count }).
notice-receipt-confirmed = Спасибо! Продавец получил оплату.
notice-order-cancelled = Заказ отменён. Деньги возвращаются.
notice-dispute-opened = Спор открыт. Деньги заморожены до решения.
notice-refund-destination = Принято. Возврат придёт туда, куда вы выбрали.
notice-saved-will-send = Нет связи: операция сохранена и отправится сама.
notice-language-changed = Язык изменён.
notice-signed-out = Вы вышли из аккаунта.
notice-session-ended = Сеанс завершён. Войдите снова; всё, что ждёт отправки, сохранено.
notice-check-inbox = Мы отправили письмо на { $email }. Откройте его, затем войдите.
notice-code-sent = Новый код придёт по СМС.
notice-password-reset = Пароль изменён, на всех телефонах выполнен выход. Войдите с новым паролем.
notice-payment-password-recovered = Новый платёжный пароль сохранён, платежи разблокированы.
notice-verification-sent = Отправлено на проверку. Мы сообщим, как только проверим.
notice-support-case-opened = Обращение отправлено. Поддержка ответит здесь, и вы получите уведомление.
notice-support-message-sent = Сообщение отправлено.
code-resend = Прислать новый код

## Приветствие, регистрация, почта, вход

welcome-tagline = Безопасная оплата посылок от продавцов из-за рубежа.
welcome-point-escrow = Деньги заморожены, пока посылка не придёт.
welcome-point-parcels = Для лёгких посылок: до 2 кг каждая.
welcome-point-cards = Номер карты никогда не хранится на телефоне.
welcome-sign-up = Создать аккаунт
welcome-sign-in = У меня есть аккаунт

sign-up-intro = Чтобы открыть кошелёк, нужно несколько данных. Мы пришлём ссылку для подтверждения на почту.
sign-up-email = Почта
sign-up-password = Пароль
sign-up-password-hint = Не меньше { $min } символов.
sign-up-given-name = Имя
sign-up-family-name = Фамилия
sign-up-address = Адрес
sign-up-phone = Телефон
sign-up-phone-hint = Для кодов, которые банк присылает в SMS.
sign-up-national-id = Номер удостоверения личности
sign-up-country = Страна
sign-up-language = Язык
sign-up-submit = Создать аккаунт
sign-up-sign-in-instead = У меня есть аккаунт

check-email-message = Мы отправили ссылку на { $email }. Откройте её на этом телефоне или введите код из письма.
check-email-expires = Ссылка действует до { $at }.
check-email-code = Код из письма
check-email-confirm = Подтвердить
check-email-resend = Прислать новую ссылку
check-email-resent = Новая ссылка уже летит на { $email }.
check-email-sign-out = Другая почта

sign-in-email = Почта
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-sign-up-instead = Создать аккаунт
sign-in-forgot-password = Забыли пароль?

reset-password-intro = Введите почту. Мы пришлём ссылку, чтобы задать новый пароль.
reset-password-intro-link = Задайте новый пароль. На всех телефонах, где выполнен вход в аккаунт, произойдёт выход.
reset-password-email = Почта
reset-password-new = Новый пароль
reset-password-submit = Сохранить пароль
recovery-send-link = Прислать ссылку
recovery-send-again = Прислать ещё раз
recovery-sent = Если у { $email } есть аккаунт Pocket, ссылка уже в пути. Она действует { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[other] { $minutes } минут
}.
recovery-code = Код из письма
recovery-code-hint = Откройте ссылку на этом телефоне или вставьте код после «token=».
recover-payment-intro = Мы пришлём ссылку на почту. По ней ответьте на контрольные вопросы и задайте новый платёжный пароль.
recover-payment-intro-link = Ответьте на контрольные вопросы и задайте новый платёжный пароль.
recover-payment-no-questions = У вас нет контрольных вопросов, поэтому платёжный пароль нельзя восстановить по почте.
recover-payment-sent = Мы отправили ссылку на { $email }. Она действует до { $until }.
recover-payment-submit = Сохранить платёжный пароль

verification-intro = Подтверждение личности повышает лимиты и открывает крупные покупки. Укажите документ с фотографией так, как в нём написано.
verification-status-pending = Отправлено { $date } и ждёт проверки. Мы сообщим, как только проверим.
verification-status-approved = Личность подтверждена: лимиты повышены.
verification-status-declined = Не подтверждено: { $reason } Можно отправить документ снова.
verification-email-first = Сначала подтвердите почту: после этого можно подтвердить личность.
verification-document = Документ
document-passport = Паспорт
document-national-id = Удостоверение личности
document-driving-licence = Водительское удостоверение
verification-number = Номер документа
verification-country = Кем выдан (страна)
verification-name = Имя как в документе
verification-submit = Отправить на проверку

support-intro = Напишите нам о пополнении, которое не пришло, о неудачном платеже или о чём-то ещё. Каждый ответ придёт сюда и уведомлением.
support-empty = Обращений пока нет.
support-new-case = Новое обращение
support-open-case = Открыть обращение
support-message = Что случилось?
support-reply = Ваше сообщение
support-send = Отправить
support-author-you = Вы
support-author-support = Поддержка Pocket
support-top-up = Пополнение
support-topic-late-top-up = Пополнение не пришло
support-topic-payment-problem = Проблема с платежом
support-topic-forgotten-security-answers = Забыты ответы на контрольные вопросы
support-topic-other = Другое
support-status-open = Ждёт поддержки
support-status-answered = Есть ответ
support-status-resolved = Решено
support-status-declined = Закрыто без изменений
support-about-top-up = О пополнении: { $top_up }
support-about-payment = О платеже { $amount } от { $date }. Квитанция будет приложена к обращению.
support-about-answers = Поддержка проверит ваш документ, затем вы сможете задать новый платёжный пароль и новые контрольные вопросы.
top-up-report-late = Не пришло? Напишите в поддержку
receipt-report = Сообщить о проблеме с платежом
recover-payment-contact-support = Забыли и ответы? Напишите в поддержку

## Платёжный пароль и контрольные вопросы

payment-password-intro-setup = Этими 6 цифрами вы подтверждаете каждый платёж. Pocket никогда не хранит их в открытом виде.
payment-password-intro-change = Введите текущий платёжный пароль, затем новый дважды.
payment-password-rule-digits = Ровно { $digits } цифр.
payment-password-rule-runs = Не цифры подряд, как 123456 или 654321.
payment-password-rule-repeats = Одна цифра не больше { $max } раз подряд.
payment-password-current = Текущий платёжный пароль
payment-password-new = Новый платёжный пароль
payment-password-confirm = Те же 6 цифр ещё раз
payment-password-submit = Сохранить

questions-intro = Если вы забудете платёжный пароль, эти ответы помогут задать новый. Выберите { $min } вопроса и ответьте на каждый.
questions-slot = Вопрос { $number }
questions-answer = Ваш ответ
questions-submit = Сохранить
question-first-pet = Как звали вашего первого питомца?
question-birth-city = В каком городе вы родились?
question-first-school = Как называлась ваша первая школа?
question-childhood-friend = Как зовут вашего лучшего друга детства?
question-first-street = На какой улице вы выросли?
question-favourite-teacher = Как звали вашего любимого учителя?
question-first-job = Какой была ваша первая работа?
question-grandmother-name = Как зовут вашу бабушку?

## Главная и лимиты

home-greeting = Здравствуйте, { $name }
home-greeting-anonymous = Здравствуйте
home-balance-pending = { $amount } в пути
shortcut-top-up = Пополнить
shortcut-transfer = Перевести
shortcut-cards = Карты
shortcut-history = История
shortcut-notifications = Уведомления
shortcut-limits = Лимиты
verification-hint-email = Подтвердите почту, чтобы пополнять и платить.
verification-hint-identity = Подтвердите личность, чтобы поднять лимиты и делать крупные покупки.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Ожидается до { $date }
top-up-on-its-way = В пути
top-up-awaiting-boleto = Ждём оплаты Boleto в банке или онлайн.

pending-pay = Оплата { $amount } за заказ { $reference }
pending-top-up = Пополнение на { $amount }
pending-transfer = Перевод { $amount } для { $reference }
pending-cancel-order = Отмена заказа { $reference }
pending-confirm-receipt = Подтверждение получения заказа { $reference }
pending-other = Денежная операция
pending-status-sending = Сохранено на телефоне; отправится, когда появится связь.
pending-status-code = Ждём код, который банк прислал в SMS.
pending-status-bank = Ждём подтверждения банка.

limit-method-balance = Платежи с баланса
limit-method-card = Платежи картой
limit-method-top-up = Пополнение: { $rail }
limit-left-today = Осталось на сегодня: { $amount }
limit-left-month = Осталось на месяц: { $amount }
limit-per-payment = До { $amount } за платёж
limit-frees-up = Лимит начнёт освобождаться { $at }
limit-ceiling-per_payment = { $ceiling } за платёж
limit-ceiling-per_day = { $ceiling } за 24 часа
limit-ceiling-per_month = { $ceiling } за 30 дней
limit-raise-verify-email = Подтвердите почту: до { $ceiling }
limit-raise-verify-identity = Подтвердите личность: до { $ceiling }
limit-raise-account-age = До { $ceiling } с { $date }, когда аккаунту будет { $days } дн.
limits-standing = Ваш аккаунт: { $level }, { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
limits-note = «Сегодня» — это последние 24 часа, «месяц» — последние 30 дней: потраченное потом снова становится доступно.
level-unverified = почта не подтверждена
level-email-confirmed = почта подтверждена
level-identity-verified = личность подтверждена

figure-limit = Лимит
figure-left = Доступно сейчас
figure-most-at-once = Больше всего за один платёж
figure-fits-again = Эта сумма пройдёт снова
figure-how-to-raise = Как поднять

## Пополнение

rail-bank_card = Банковская карта
rail-bank_transfer = Банковский перевод
rail-western_union = Western Union
rail-e_wallet = Электронный кошелёк
rail-boleto = Boleto
rail-limits = От { $min } до { $max } за раз
rail-limits-monthly = От { $min }, до { $max } за 30 дней
rail-limits-account = От { $min }, до лимита вашей карты
rail-arrives-instantly = Зачисляется сразу
rail-arrives-in-days = Зачисляется за { $days ->
    [one] { $days } рабочий день
    [few] { $days } рабочих дня
   *[other] { $days } рабочих дней
}
rail-arrives-when-paid = Зачисляется после оплаты квитанции
provider-web_money = WebMoney
provider-yandex_money = Яндекс.Деньги
provider-qiwi = Qiwi
top-up-amount = Сумма в { $currency }
top-up-limit-left = Ваши лимиты оставляют на это { $today } сегодня и { $month } в этом месяце.
top-up-add-card = Добавить карту
top-up-submit = Пополнить
top-up-credited = Зачислено { $amount }
top-up-credited-message = Деньги уже на балансе.
top-up-pending = { $amount } в пути
top-up-pending-message = Ожидается до { $date }. Если к этому дню не придёт, напишите в поддержку.
top-up-another = Пополнить ещё

## Карты

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Действует до { $expiry }
card-expired = Срок истёк: платить ею нельзя
card-one-off = Только для этого платежа
cards-count = Сохранено { $count } из { $max } карт
cards-add = Добавить карту
cards-at-limit = У вас { $max } карт — больше Pocket не позволяет. Удалите одну, чтобы добавить другую.
cards-empty = Сохранённых карт пока нет.
cards-remove = Удалить
cards-replace = Заменить
cards-remove-title = Удалить карту?
cards-remove-message = { $card } больше не сможет платить. Позже её можно добавить снова.
cards-remove-confirm = Удалить
cards-remove-cancel = Оставить
add-card-number = Номер карты
add-card-expiry = Срок действия (ММ/ГГ)
add-card-expiry-hint = Как напечатано на карте.
add-card-save = Сохранить карту для следующих покупок
add-card-save-hint = Не отмечайте, чтобы заплатить картой один раз. Можно сохранить до { $max } карт.
add-card-note = Номер карты один раз уходит платёжному сервису, и Pocket получает взамен токен. Сам номер на телефоне не хранится.
add-card-submit = Добавить карту
add-card-replacing = Заменяет { $card }. Новую карту сначала проверит её банк; если проверка не пройдёт, старая останется.
add-card-replace-submit = Заменить карту

## Покупки

catalogue-ships-from = Доставка из: { $country }
catalogue-cart = { $count ->
    [0] Корзина
   *[other] Корзина ({ $count })
}
catalogue-note = Pocket оплачивает посылки до { $weight } и до { $cap } каждая.
option-colour = Цвет
option-model = Модель
option-size = Размер
option-plug = Вилка
product-seller = Продавец: { $seller }
product-weight = { $weight } за штуку
product-quantity = Количество: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Купить сейчас
product-add-to-cart = В корзину
product-choose = Выберите: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = На одну меньше: { $item }
step-more = Ещё одну: { $item }
cart-remove-line = Убрать из корзины: { $item }
cart-total = Итого { $total }
cart-checkout = Оформить
cart-empty = Корзина пуста.
parcel-from = От продавца { $seller }
parcel-weight = { $weight } из { $max }
parcel-value = { $value } из { $cap }
parcel-empty = В посылке от { $seller } ничего нет.
parcel-too-heavy = Посылка от { $seller } весит { $weight }; Pocket оплачивает посылки до { $max }. Уберите товаров на { $over } или закажите их отдельно.
parcel-over-cap = Посылка от { $seller } стоит { $value }; Pocket оплачивает посылки до { $cap }. Уберите товаров на { $over } или закажите их отдельно.
checkout-address = Адрес доставки
checkout-address-hint = Оставьте пустым, чтобы взять адрес из аккаунта.
checkout-coupon = Купон
checkout-total = { $total } — { $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа, по одному на продавца
   *[other] { $orders } заказов, по одному на продавца
}
checkout-place-order = Оформить заказ

## Оплата

pay-progress = Заказ { $number } из { $count }
pay-source-balance = Баланс { $currency }
pay-source-available = Доступно { $amount }
pay-new-card = Новая карта
pay-quote-loading = Проверяем курс и ваши лимиты…
pay-you-pay = Вы платите { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = После платежа останется { $today } на сегодня и { $month } на месяц.
pay-card-limits = Лимиты по карте оставляют { $today } на сегодня и { $month } на месяц.
pay-short = На балансе { $currency } не хватает { $amount }. Пополните его или заплатите иначе.
pay-password = Платёжный пароль
pay-button = Оплатить { $amount }
bank-code = Код из SMS
bank-code-hint = Банк прислал его на ваш телефон.
bank-code-submit = Подтвердить
pay-paid = Оплачено. Деньги заморожены, пока вы не подтвердите получение посылки.
pay-next = Оплатить следующий заказ
pay-finish = Готово

## Заказы

orders-empty = Заказов пока нет.
order-summary = { $items ->
    [one] { $items } товар
    [few] { $items } товара
   *[other] { $items } товаров
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Ждёт оплаты
order-status-paid = Оплачен
order-status-shipped = Отправлен
order-status-delivered = Доставлен
order-status-disputed = Спор
order-status-completed = Завершён
order-status-cancelled = Отменён
order-status-refunded = Возвращён
order-status-detail-created = Ещё не оплачен.
order-status-detail-paid = Деньги заморожены до получения посылки. Теперь продавец её отправит.
order-status-detail-shipped = В пути. Деньги заморожены, пока вы не подтвердите получение.
order-status-detail-delivered = Доставлен. Подтвердите получение или откройте спор до конца защиты покупателя.
order-status-detail-disputed = Пока идёт спор, деньги остаются замороженными.
order-status-detail-completed = Продавец получил оплату.
order-status-detail-cancelled = Отменён. Оплата возвращена.
order-status-detail-refunded = Деньги вам вернули.
order-line-price = Цена
order-line-discount = Скидка
order-discount = { $amount } по купону { $coupon }
order-line-weight = Вес
order-line-placed = Оформлен
order-line-tracking = Трек-номер
order-line-delivered = Доставлен
order-line-protection = Защита покупателя до
order-line-dispute = Спор
order-line-held = Заморожено для вас
order-line-refunded = Возвращено
order-line-released = Выплачено продавцу
order-line-refund-to = Возврат пойдёт
order-pay = Оплатить
order-cancel = Отменить заказ
order-confirm-receipt = Я получил(а)
order-open-dispute = Открыть спор
order-refund-destination = Куда вернуть деньги
order-receipt = Чек
order-confirm-receipt-title = Посылка пришла?
order-confirm-receipt-message = Продавец получит { $amount }. После этого открыть спор будет нельзя.
order-confirm-receipt-confirm = Да, заплатить продавцу
order-cancel-title = Отменить заказ?
order-cancel-message = Он ещё не отправлен, поэтому вы получите обратно все { $amount }.
order-cancel-confirm = Отменить заказ
order-cancel-keep = Оставить
order-dispute-title = Что случилось?
order-dispute-message = Пока мы разбираемся, деньги остаются замороженными. Если вы правы, вернём их полностью или частично.
order-refund-title = Куда вернуть деньги?
order-refund-message = Это важно, только если деньги к вам вернутся.
dispute-not-received = Посылка не пришла
dispute-not-as-described = Не соответствует описанию
dispute-wrong-item = Прислали не тот товар
refund-to-same = Туда, откуда была оплата
refund-to-balance = На баланс Pocket
refund-to-origin = Дальше баланса — туда, откуда его пополняли
refund-to-detail-same = На баланс, если платили с баланса; на карту, если платили картой.
refund-to-detail-balance = Даже если платили картой.
refund-to-detail-origin = Если платили с баланса: на карту или счёт, с которого его пополняли.

## История и чеки

history-empty = Пока ничего нет.
history-more = Показать ещё { $count }
history-kind-payment = Оплата заказа
history-kind-refund = Возврат
history-kind-top-up = Пополнение
history-kind-top-up-settled = Деньги поступили
history-kind-top-up-declined = Пополнение возвращено
history-kind-transfer = Перевод
history-kind-escrow-release = Выплата продавцу
history-kind-sandbox-grant = Тестовые деньги
history-kind-other = Движение денег
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Баланс
history-source-card = Карта
history-source-top-up = Источник пополнения
receipt-payment = Платёж
receipt-order = Заказ
receipt-paid = Оплачено
receipt-amount-usd = Цена заказа
receipt-method = Способ оплаты
receipt-method-balance = Баланс Pocket
receipt-method-card = Карта
receipt-card = Карта
receipt-rate = Курс
receipt-at = Время
refund-amount = Возвращено
refund-to = Куда
refund-top-up = Через пополнение
refunded-to-card = Ваша карта
refunded-to-balance = Баланс Pocket
receipt-support = Списали дважды или за то, чего вы не получили? Напишите в поддержку и приложите этот чек.

## Переводы

transfer-to = Почта получателя
transfer-amount = Сумма
transfer-amount-hint = В { $currency }, с вашего баланса.
transfer-note = Комментарий (необязательно)
transfer-password = Платёжный пароль
transfer-submit = Перевести
transfer-sent = { $amount } отправлено на { $email }.
transfer-another = Перевести ещё

## Уведомления

notifications-empty = Уведомлений пока нет.
notification-support-reply = Ответ поддержки
notification-support-resolved = Обращение решено
notification-support-declined = Обращение закрыто
notification-body-payment = Вы заплатили { $amount }. Деньги удерживаются, пока вы не подтвердите получение заказа.
notification-body-refund = { $to ->
    [card] { $amount } возвращено на вашу карту.
    [top_up_source] { $amount } возвращено в { $source }, откуда вы пополняли баланс.
   *[other] { $amount } возвращено на баланс Pocket.
}
notification-body-top-up-settled = { $amount } поступило на баланс Pocket.
notification-body-top-up-declined = Пополнение на { $amount } не дошло до Pocket и снято с ожидаемого баланса: { $note }
notification-body-order-shipped = Заказ в пути. Трек-номер: { $tracking }.
notification-body-order-delivered = Заказ доставлен. Подтвердите получение или откройте спор до конца защиты.
notification-body-order-updated = { $status ->
    [completed] Заказ завершён, продавец получил оплату.
    [cancelled] Заказ отменён.
    [disputed] Спор открыт. Деньги удерживаются до его решения.
   *[other] Заказ изменился.
}
notification-body-transfer-received = Вы получили { $amount } от { $counterpart }.
notification-body-transfer-sent = Вы отправили { $amount } для { $counterpart }.
notification-body-verification-approved = Личность подтверждена: лимиты повышены.
notification-body-verification-declined = Подтверждение личности отклонено: { $note }
notification-body-support-reply = Ответ поддержки: { $note }
notification-body-support-resolved = Обращение решено: { $note }
notification-body-support-declined = Обращение закрыто: { $note }
notification-body-account-frozen = Ваш счёт заморожен, деньги с него не уходят: { $note } Напишите в поддержку, чтобы узнать, что делать.
notification-body-account-thawed = Ваш счёт больше не заморожен: можно снова платить, пополнять и переводить.
notification-verification-approved = Личность подтверждена
notification-verification-declined = Личность не подтверждена
notification-payment = Платёж
notification-refund = Возврат
notification-top-up-settled = Деньги поступили
notification-top-up-declined = Пополнение не поступило
notification-account-frozen = Счёт заморожен
notification-account-thawed = Счёт разморожен
notification-order-shipped = Заказ отправлен
notification-order-delivered = Заказ доставлен
notification-order-updated = Новости по заказу
notification-transfer-received = Вам перевели деньги
notification-transfer-sent = Перевод отправлен
notification-other = Pocket

## Настройки

settings-email = Почта
settings-level = Проверка
settings-age = С Pocket
settings-age-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
settings-country = Страна
settings-language = Язык
settings-change-language = Изменить
settings-change-payment-password = Сменить платёжный пароль
settings-set-payment-password = Задать платёжный пароль
settings-forgot-payment-password = Забыли платёжный пароль?
settings-verify-identity = Подтвердить личность
settings-support = Помощь и поддержка
settings-change-questions = Сменить контрольные вопросы
settings-sign-out = Выйти
settings-sign-out-title = Выйти?
settings-sign-out-message = { $pending ->
    [0] Войти снова можно в любой момент.
    [one] { $pending } платёж или перевод ещё ждёт отправки. Он сохранится и уйдёт, когда вы снова войдёте.
    [few] { $pending } платежа или перевода ещё ждут отправки. Они сохранятся и уйдут, когда вы снова войдёте.
   *[other] { $pending } платежей или переводов ещё ждут отправки. Они сохранятся и уйдут, когда вы снова войдёте.
}
settings-sign-out-confirm = Выйти
settings-sign-out-everywhere = Выйти на всех устройствах
settings-sign-out-everywhere-title = Выйти на всех устройствах?
settings-sign-out-everywhere-message = Все телефоны и браузеры, где открыт ваш аккаунт, выйдут из него, и этот тоже. Нужно, если телефон потерян или им пользуется кто-то ещё.
settings-sign-out-everywhere-confirm = Выйти везде

## Проблемы: что случилось, заголовок и что делать

problem-unknown = Что-то пошло не так.
    .title = Что-то пошло не так
problem-required = Заполните это поле.
problem-missing_field = Заполните это поле.
problem-invalid_email = Введите адрес почты, например maria@example.com.
problem-email_looks_like_another = В адресе смешаны похожие буквы разных алфавитов. Введите его заново в одной раскладке клавиатуры.
problem-password_too_short = Нужно не меньше 8 символов.
problem-invalid_phone = Введите номер с кодом страны, например +7 912 345-67-89.
problem-invalid_country = Выберите страну.
problem-too_long = Слишком длинно; сократите.
problem-too_short = Слишком коротко.
problem-too_many_items = Здесь слишком много пунктов.
problem-too_few_items = Добавьте ещё хотя бы один.
problem-invalid_format = Это не в нужном формате.
problem-invalid_choice = Выберите один из вариантов.
problem-number_too_large = Слишком большое число.
problem-number_too_small = Слишком маленькое число.
problem-invalid_field = В этой форме что-то не так.
problem-forbidden_characters = Здесь есть невидимый символ; наберите заново.
problem-wrong_credentials = Неверная почта или пароль.
    .title = Не получается войти
    .hint = Проверьте их и попробуйте снова.
problem-unknown_confirmation_token = Код неверный.
    .hint = Проверьте код или попросите новую ссылку.
problem-confirmation_link_expired = Ссылка устарела: она действует 24 часа.
    .title = Ссылка устарела
    .hint = Попросите новую ссылку на этом экране.
problem-needs_sign_in = Войдите, чтобы продолжить.
    .title = Вы не вошли
problem-offline = Pocket сейчас недоступен, а на телефоне ничего не сохранено.
    .title = Нет связи
    .hint = Попробуйте, когда появится связь.
problem-internal = Что-то пошло не так на телефоне.
    .title = Что-то пошло не так
    .hint = Попробуйте снова. Если повторится, перезапустите приложение.
problem-will_retry = Нет связи: операция сохранена и отправится сама.
problem-unknown_link = Эту ссылку Pocket открыть не может.
    .title = Незнакомая ссылка

problem-not_six_digits = Введите 6 цифр платёжного пароля.
problem-wrong_length = Платёжный пароль — 6 цифр, а здесь { $length }.
problem-password-not_digits = Только цифры от 0 до 9.
problem-sequential_run = Цифры подряд легко угадать. Перемешайте их.
problem-repeated_digits = Одна цифра 3 раза подряд — это легко угадать.
problem-confirmation_mismatch = Пароли не совпадают. Введите те же 6 цифр дважды.
problem-current_password_required = Введите текущий платёжный пароль.
problem-wrong_payment_password = Это не ваш платёжный пароль. { $attempts_left ->
    [one] Осталась { $attempts_left } попытка, потом платежи заблокируются на время.
    [few] Осталось { $attempts_left } попытки, потом платежи заблокируются на время.
   *[other] Осталось { $attempts_left } попыток, потом платежи заблокируются на время.
}
    .title = Неверный платёжный пароль
problem-payment_password_locked = Слишком много неверных платёжных паролей. Платежи заблокированы до { $until }.
    .title = Платежи заблокированы
    .hint = Дождитесь этого времени или задайте новый пароль сейчас: Настройки, «Забыли платёжный пароль?».
problem-payment_password_not_set = Сначала задайте платёжный пароль: им подтверждается каждый платёж.
    .title = Нет платёжного пароля
problem-reference_required = Укажите, о каком пополнении или платеже речь.
problem-top_up_arrived = Это пополнение уже пришло на баланс.
problem-order_not_paid = Этот заказ не оплачивался, поэтому проверять нечего.
problem-document_required = Добавьте документ: поддержка проверит, что это вы.
problem-case_closed = Это обращение закрыто.
problem-account_frozen = Ваш счёт заморожен, деньги с него не уходят. Напишите в поддержку, чтобы узнать причину и что делать.
problem-action-verify = Подтвердить личность
problem-action-open = Открыть
problem-choose_document = Выберите документ.
problem-invalid_document_number = Введите номер документа так, как он напечатан.
problem-verification_pending = Ваш документ уже ждёт проверки. Мы сообщим, как только проверим.
problem-already_verified = Ваша личность уже подтверждена.
problem-email_not_confirmed = Сначала подтвердите почту.
problem-answer_every_question = Ответьте на все вопросы.
problem-wrong_security_answers = Как минимум один ответ неверный. { $attempts_left ->
    [one] Осталась { $attempts_left } попытка, потом восстановление приостановится.
    [few] Осталось { $attempts_left } попытки, потом восстановление приостановится.
   *[other] Осталось { $attempts_left } попыток, потом восстановление приостановится.
}
    .title = Неверный ответ
    .hint = Регистр и лишние пробелы не важны.
problem-security_answers_locked = Слишком много неверных ответов. Восстановление приостановлено до { $until }.
    .title = Восстановление приостановлено
problem-security_questions_not_set = У вас нет контрольных вопросов, поэтому платёжный пароль нельзя восстановить по почте.
    .title = Нет контрольных вопросов
problem-unknown_recovery_link = Код неверный.
    .hint = Проверьте код или пришлите новую ссылку.
problem-recovery_link_used = Эта ссылка уже использована.
    .title = Ссылка использована
    .hint = Пришлите новую ссылку с этого экрана.
problem-recovery_link_replaced = После этой ссылки была отправлена новая.
    .title = Старая ссылка
    .hint = Откройте последнее письмо.
problem-recovery_link_expired = Срок ссылки истёк: ссылки действуют 30 минут.
    .title = Ссылка устарела
    .hint = Пришлите новую ссылку с этого экрана.
problem-recovery_link_cooldown = Ссылка отправлена только что. Откройте последнее письмо или пришлите ещё раз в { $until }.
problem-sign_in_to_open_link = Сначала войдите, затем снова откройте ссылку.
    .title = Вы не вошли
problem-too_few_questions = Ответьте хотя бы на { $min } вопроса.
problem-duplicate_question = «{ $question }» выбран дважды. Выберите разные вопросы.
problem-empty_answer = Ответьте на вопрос «{ $question }».

problem-invalid_length = В номере карты от 12 до 19 цифр, а здесь { $digits }.
problem-number-not_digits = Только цифры (пробелы можно).
problem-failed_checksum = Такого номера карты не бывает. Проверьте, нет ли опечатки.
problem-unsupported_brand = Карты этой системы не принимаются. Подойдут Visa, Mastercard, American Express, Discover, JCB, UnionPay и Мир.
problem-bad_expiry_format = Срок действия в виде ММ/ГГ, как на карте.
problem-bad_expiry_month = { $month } — не месяц. Нужно от 01 до 12.
problem-expired = Срок карты истёк в конце { $expiry }. Используйте другую карту.
problem-too_many_cards = У вас сохранено { $max_cards } карт — больше нельзя. Сначала удалите одну или не отмечайте «Сохранить».
    .title = Слишком много карт
problem-card_declined = Банк отклонил карту.
    .title = Карта отклонена
    .hint = Ничего не списано. Попробуйте другую карту или баланс.
problem-card_insufficient_funds = На карте недостаточно денег.
    .title = Карта отклонена
    .hint = Ничего не списано. Попробуйте другую карту или баланс.
problem-card_required = Выберите карту.
problem-card_not_used = Карта нужна только для пополнения картой.
problem-one_time_code_required = Введите код, который банк прислал в SMS.
problem-wrong_one_time_code = Код неверный. { $attempts_left ->
    [one] Осталась { $attempts_left } попытка для этого кода.
    [few] Осталось { $attempts_left } попытки для этого кода.
   *[other] Осталось { $attempts_left } попыток для этого кода.
}
problem-one_time_code_void = Слишком много неверных кодов: этот больше не действует. Нажмите «Прислать новый код».
problem-one_time_code_expired = Срок кода истёк или пришёл более новый. Нажмите «Прислать новый код».
problem-one_time_code_cooldown = Новый код можно получить в { $until }.
problem-too_many_one_time_codes = За последний час отправлено слишком много кодов. Новый можно получить в { $until }.
problem-unsaved_card_used = Несохранённая карта оплачивает только один раз. Добавьте её снова или сохраните, чтобы платить ей.
problem-too_many_login_attempts = Слишком много неверных паролей. Попробуйте в { $until }.
    .title = Подождите немного
problem-login_locked = Слишком много неверных паролей: вход в этот аккаунт приостановлен до { $until }.
    .title = Вход приостановлен
problem-invalid_code = Введите цифры кода из SMS.
problem-code_still_required = Введите код из последнего SMS.
problem-not_waiting_for_code = Код здесь больше не нужен.
problem-unknown_action = Этой операции на телефоне больше нет.

problem-choose_rail = Выберите способ пополнения.
problem-provider_required = Выберите электронный кошелёк.
problem-below_minimum = Пополнение через «{ $rail }» — от { $minimum }.
problem-below_rail_minimum = Это меньше минимума для этого способа пополнения.
problem-above_maximum = Через «{ $rail }» можно пополнить не больше чем на { $maximum }. Разделите сумму или выберите другой способ.
problem-above_rail_maximum = Это больше максимума для этого способа пополнения.
problem-monthly_cap_reached = Через «{ $rail }» можно пополнить на { $cap } за 30 дней; сейчас доступно { $left }.
    .title = Месячный предел исчерпан
problem-rail_monthly_cap = Для этого способа пополнения месячный предел исчерпан.
    .title = Месячный предел исчерпан
problem-top_up_not_pending = Это пополнение уже зачислено.

problem-not_a_number = «{ $text }» — не сумма. Введите число, например 12,50.
problem-too_many_decimals = В { $currency } не больше { $decimals } знаков после запятой.
problem-negative = Сумма не может быть меньше нуля.
problem-not_positive = Введите сумму больше нуля.
problem-too_large = Это больше, чем Pocket может обработать: не больше { $max } { $currency }.
problem-unknown_currency = Pocket не работает с валютой { $code }.
problem-invalid_amount = Неверная сумма.
problem-currency_mismatch = Эти суммы в разных валютах.
problem-would_go_negative = Это больше, чем есть.
problem-invalid_rate = Курс сейчас недоступен.
problem-insufficient_funds = На балансе не хватает денег.
    .title = Недостаточно денег
    .hint = Пополните баланс или заплатите иначе.

problem-per_payment = { $amount } — больше лимита { $ceiling } на один платёж ({ $method }).
    .title = Превышен лимит
    .hint = Заплатите меньше за раз или поднимите лимит.
problem-per_day = { $amount } — больше, чем можно потратить за 24 часа ({ $method }). Сейчас доступно { $left }.
    .title = Превышен дневной лимит
problem-per_month = { $amount } — больше, чем можно потратить за 30 дней ({ $method }). Сейчас доступно { $left }.
    .title = Превышен месячный лимит

problem-parcel_not_eligible = Pocket не может оплатить посылку из этого заказа.
    .title = Pocket не оплатит эту посылку
    .hint = Измените товары и попробуйте снова.
problem-empty_cart = Корзина пуста.
problem-invalid_cart = В корзине что-то не так. Проверьте её и попробуйте снова.
problem-invalid_quantity = Выберите количество от 1.
problem-unknown_product = Товар больше не продаётся. Уберите его из корзины.
problem-unknown_option = Выбранного варианта больше нет. Выберите снова.
problem-option_required = Выберите все варианты товара.
problem-unknown_coupon = Такого купона нет.
problem-coupon_expired = Срок купона истёк.
problem-coupon_used = Вы уже использовали этот купон.
problem-coupon_minimum = Для этого купона заказ слишком мал.
problem-choose_source = Выберите, чем платить.
problem-payment_not_sent = Платёж не прошёл, ничего не списано.
    .title = Не оплачено
    .hint = Попробуйте снова.
problem-already_paid = Этот заказ уже оплачен. Дважды оплатить нельзя.
    .title = Уже оплачено
problem-illegal_transition = С этим заказом сейчас так нельзя.
    .title = Сейчас нельзя
problem-protection_ended = Защита покупателя по этому заказу закончилась.
    .title = Защита закончилась
problem-protection_not_ended = Защита покупателя по этому заказу ещё действует.
problem-refund_exceeds_paid = Вернуть больше, чем заплачено, нельзя.
problem-missing_tracking_number = У заказа пока нет трек-номера.

problem-unknown_recipient = Аккаунта Pocket с такой почтой нет.
problem-transfer_to_self = Перевести деньги самому себе нельзя.
problem-unsupported_language = Этого языка в Pocket пока нет.
problem-not_found = Этого больше нет.
    .title = Не найдено
problem-unknown_route = Эта версия приложения попросила то, чего сервис не знает.
    .title = Обновите приложение
problem-idempotency_key_reused = Это уже отправлялось с другими данными.
problem-missing_idempotency_key = Для безопасной отправки нужен ключ.
problem-invalid_idempotency_key = Ключ запроса неверный.
problem-malformed_json = Приложение отправило то, что сервис не может прочитать.
problem-unreadable_body = Приложение отправило то, что сервис не может прочитать.
problem-body_too_large = Слишком много данных за раз.
problem-not_a_boleto = Это пополнение — не Boleto.
problem-step_too_large = Тестовые часы нельзя перевести так далеко.

## Opening failed

opening-failed-title = Не удалось запустить Pocket
opening-failed-message = Pocket не смог открыть сохранённые данные или связку ключей телефона. Разблокируйте телефон, освободите место и попробуйте снова.
opening-failed-detail = Для поддержки: { $detail }
opening-failed-retry = Попробовать снова
