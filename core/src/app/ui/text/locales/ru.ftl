# Pocket по-русски. Сообщения, которых здесь нет, показываются по-английски.

language-name = Русский
app-name = Pocket

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
