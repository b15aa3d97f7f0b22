# Los textos de Pocket en español. Un mensaje que falte aquí se muestra en
# inglés. Los argumentos ya llegan con formato (montos, fechas), salvo cuando
# una forma de plural depende de ellos.

language-name = Español
app-name = Pocket
back = Atrás

## Formatos de este idioma: números, dinero, peso, fechas.

format-decimal = ,
format-group = .
format-money = { $amount }{"\u00A0"}{ $symbol }
format-grams = { $grams } g
format-date = { $day } { $month } { $year }
format-time = { $hour24 }:{ $minute }
format-date-time = { $date }, { $time }
time-am = a. m.
time-pm = p. m.
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic
weekday-1 = lun
weekday-2 = mar
weekday-3 = mié
weekday-4 = jue
weekday-5 = vie
weekday-6 = sáb
weekday-7 = dom

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
currency-AUD = A$
currency-CHF = CHF
currency-TRY = ₺
currency-KWD = KWD

country-BR = Brasil
country-RU = Rusia
country-KZ = Kazajistán
country-BY = Bielorrusia
country-TR = Turquía
country-ID = Indonesia
country-KE = Kenia
country-TZ = Tanzania
country-GR = Grecia
country-ES = España
country-MX = México
country-AR = Argentina
country-PT = Portugal
country-US = Estados Unidos
country-CN = China

## En todas las pantallas

tab-home = Inicio
tab-shop = Tienda
tab-orders = Pedidos
tab-profile = Perfil
banner-offline = No tienes conexión. Lo que ves se guardó en este teléfono.
banner-offline-saved = No tienes conexión. Se muestra lo guardado el { $at }.
banner-sending = { $count ->
    [one] { $count } pago o transferencia está guardado en este teléfono y se enviará cuando vuelvas a tener conexión.
   *[other] { $count } pagos o transferencias están guardados en este teléfono y se enviarán cuando vuelvas a tener conexión.
}
money-action-saved = Ahora no hay conexión. Esto quedó guardado en tu teléfono y se enviará solo cuando vuelvas a tener conexión. No se puede cobrar dos veces.
money-action-processing = El banco de tu tarjeta aún está decidiendo. Te avisaremos en cuanto lo haga. No se puede cobrar dos veces.
bank-page-message = Tu banco te pide confirmar esto en su página. Ábrela, confirma y volverás aquí.
bank-page-open = Abrir la página del banco
dialog-cancel = Cancelar
problem-dismiss = Aceptar

title-sign-up = Crea tu cuenta
title-check-email = Confirma tu correo
title-sign-in = Iniciar sesión
title-reset-password = Contraseña nueva
title-recover-payment-password = Olvidé mi contraseña de pago
title-verification = Verificación de identidad
title-support = Ayuda y soporte
title-new-support-case = Nueva solicitud
title-payment-password-setup = Crea una contraseña de pago
title-payment-password-change = Cambiar contraseña de pago
title-security-questions = Preguntas de seguridad
title-home = Pocket
title-limits = Tus límites
title-top-up = Agregar dinero
title-cards = Tus tarjetas
title-add-card = Agregar una tarjeta
title-replace-card = Reemplazar una tarjeta
title-catalogue = Tienda
title-cart = Tu carrito
title-checkout = Finalizar compra
title-pay = Pagar
title-orders = Tus pedidos
title-order = Pedido de { $seller }
title-history = Historial
title-receipt = Recibo
title-refund-receipt = Recibo del reembolso
title-transfer = Enviar dinero
title-notifications = Notificaciones
title-settings = Perfil y ajustes

## Avisos: algo salió bien

notice-email-confirmed = Tu correo está confirmado.
notice-payment-password-changed = Tu contraseña de pago se cambió.
notice-questions-changed = Tus preguntas de seguridad se guardaron.
notice-all-set = Todo listo. Agrega dinero para empezar a comprar.
notice-card-removed = Tarjeta eliminada.
notice-card-replaced = { $card } está en lugar de la tarjeta anterior.
notice-card-saved = { $card } quedó guardada para la próxima vez.
notice-card-one-off = { $card } pagará solo esta vez. No se guarda en tu cuenta.
notice-added-to-cart = Agregado a tu carrito ({ $count } en total).
notice-receipt-confirmed = ¡Gracias! El vendedor ya recibió el pago.
notice-order-cancelled = Pedido cancelado. Tu dinero ya va de regreso.
notice-dispute-opened = Disputa abierta. Tu dinero sigue retenido hasta que se resuelva.
notice-refund-destination = Listo. Un reembolso irá a donde elegiste.
notice-saved-will-send = Sin conexión: quedó guardado y se enviará solo.
notice-language-changed = Se cambió el idioma.
notice-signed-out = Cerraste sesión.
notice-session-ended = Tu sesión terminó. Vuelve a iniciar sesión; lo que está pendiente de envío se conserva.
notice-check-inbox = Enviamos un mensaje a { $email }. Ábrelo y luego inicia sesión.
notice-code-sent = Un código nuevo va en camino por SMS.
notice-password-reset = Tu contraseña se cambió y se cerró la sesión en todos los teléfonos. Inicia sesión con la nueva.
notice-payment-password-recovered = Tu nueva contraseña de pago se guardó y los pagos están desbloqueados.
notice-verification-sent = Enviado a revisión. Te avisaremos en cuanto se revise.
notice-support-case-opened = Tu solicitud se envió. Soporte te responderá aquí y recibirás una notificación.
notice-support-message-sent = Mensaje enviado.
code-resend = Enviar un código nuevo

## Bienvenida, registro, correo, inicio de sesión

welcome-tagline = Paga paquetes de vendedores del extranjero, con seguridad.
welcome-point-escrow = Tu dinero queda retenido hasta que llegue tu paquete.
welcome-point-parcels = Para paquetes ligeros: hasta 2 kg cada uno.
welcome-point-cards = El número de tu tarjeta nunca se queda en tu teléfono.
welcome-sign-up = Crear una cuenta
welcome-sign-in = Ya tengo cuenta

sign-up-intro = Necesitamos algunos datos para abrir tu billetera. Te enviaremos un enlace por correo para confirmar.
sign-up-email = Correo electrónico
sign-up-password = Contraseña
sign-up-password-hint = Al menos { $min } caracteres.
sign-up-given-name = Nombre
sign-up-family-name = Apellido
sign-up-address = Dirección
sign-up-phone = Teléfono
sign-up-phone-hint = Para los códigos que tu banco envía por SMS.
sign-up-national-id = Número de documento de identidad
sign-up-country = País
sign-up-language = Idioma
sign-up-submit = Crear cuenta
sign-up-sign-in-instead = Ya tengo cuenta

check-email-message = Enviamos un enlace a { $email }. Ábrelo en este teléfono o escribe el código del correo.
check-email-expires = El enlace sirve hasta el { $at }.
check-email-code = Código del correo
check-email-confirm = Confirmar
check-email-resend = Enviar un enlace nuevo
check-email-resent = Un enlace nuevo va en camino a { $email }.
check-email-sign-out = Usar otro correo

sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-sign-up-instead = Crear una cuenta
sign-in-forgot-password = ¿Olvidaste tu contraseña?

reset-password-intro = Escribe tu correo. Te enviaremos un enlace para elegir una contraseña nueva.
reset-password-intro-link = Elige una contraseña nueva. Se cerrará la sesión en todos los teléfonos que usan tu cuenta.
reset-password-email = Correo electrónico
reset-password-new = Contraseña nueva
reset-password-submit = Guardar contraseña nueva
recovery-send-link = Enviarme un enlace por correo
recovery-send-again = Enviar de nuevo
recovery-sent = Si { $email } tiene una cuenta de Pocket, un enlace va en camino. Sirve durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
recovery-code = Código del correo
recovery-code-hint = Abre el enlace en este teléfono o pega el código que va después de "token=".
recover-payment-intro = Te enviaremos un enlace por correo. Con él, responde tus preguntas de seguridad y elige una contraseña de pago nueva.
recover-payment-intro-link = Responde tus preguntas de seguridad y elige una contraseña de pago nueva.
recover-payment-no-questions = No tienes preguntas de seguridad que responder, así que tu contraseña de pago no se puede recuperar por correo.
recover-payment-sent = Enviamos un enlace a { $email }. Sirve hasta el { $until }.
recover-payment-submit = Guardar contraseña de pago nueva

verification-intro = Verificar tu identidad sube tus límites y te permite hacer compras grandes. Usa un documento con tu foto y escribe los datos tal como aparecen impresos.
verification-status-pending = Enviado el { $date }, en espera de revisión. Te avisaremos en cuanto se revise.
verification-status-approved = Tu identidad está verificada: tus límites subieron.
verification-status-declined = No aprobado: { $reason } Puedes volver a enviar un documento.
verification-email-first = Primero confirma tu correo: después podrás verificar tu identidad.
verification-document = Documento
document-passport = Pasaporte
document-national-id = Documento nacional de identidad
document-driving-licence = Licencia de conducir
verification-number = Número de documento
verification-country = País de emisión
verification-name = Nombre como aparece en el documento
verification-submit = Enviar a revisión

support-intro = Escríbenos sobre una recarga que no llegó, un pago que salió mal o cualquier otra cosa. Todas las respuestas llegan aquí y también como notificación.
support-empty = Todavía no hay solicitudes.
support-new-case = Nueva solicitud
support-open-case = Abrir la solicitud
support-message = ¿Qué pasó?
support-reply = Tu mensaje
support-send = Enviar
support-author-you = Tú
support-author-support = Soporte de Pocket
support-top-up = Recarga
support-topic-late-top-up = No llegó una recarga
support-topic-payment-problem = Un problema con un pago
support-topic-forgotten-security-answers = Olvidé mis respuestas de seguridad
support-topic-other = Otra cosa
support-status-open = Esperando a soporte
support-status-answered = Respondida
support-status-resolved = Resuelta
support-status-declined = Cerrada sin cambios
support-about-top-up = Sobre tu recarga: { $top_up }
support-about-payment = Sobre tu pago de { $amount } del { $date }. Su recibo se adjunta a tu solicitud.
support-about-answers = Soporte revisa tu documento de identidad y luego te deja crear una contraseña de pago nueva y preguntas de seguridad nuevas.
top-up-report-late = ¿No llegó? Contacta a soporte
receipt-report = Reportar un problema con este pago
recover-payment-contact-support = ¿También olvidaste tus respuestas? Contacta a soporte

## Contraseña de pago y preguntas de seguridad

payment-password-intro-setup = Confirmarás cada pago con estos 6 dígitos. Pocket nunca los guarda de forma legible.
payment-password-intro-change = Escribe tu contraseña de pago actual y luego la nueva dos veces.
payment-password-rule-digits = Exactamente { $digits } dígitos.
payment-password-rule-runs = Sin dígitos seguidos en orden, como 123456 o 654321.
payment-password-rule-repeats = Ningún dígito más de { $max } veces seguidas.
payment-password-current = Contraseña de pago actual
payment-password-new = Contraseña de pago nueva
payment-password-confirm = Los mismos 6 dígitos otra vez
payment-password-submit = Guardar

questions-intro = Si olvidas tu contraseña de pago, estas respuestas te ayudan a crear una nueva. Elige { $min } preguntas y responde cada una.
questions-slot = Pregunta { $number }
questions-answer = Tu respuesta
questions-submit = Guardar
question-first-pet = ¿Cómo se llamaba tu primera mascota?
question-birth-city = ¿En qué ciudad naciste?
question-first-school = ¿Cómo se llamaba tu primera escuela?
question-childhood-friend = ¿Cómo se llama tu mejor amigo de la infancia?
question-first-street = ¿Cómo se llamaba la calle donde creciste?
question-favourite-teacher = ¿Cómo se llamaba tu maestro favorito?
question-first-job = ¿Cuál fue tu primer trabajo?
question-grandmother-name = ¿Cuál es el nombre de pila de tu abuela?

## Inicio y límites

home-greeting = Hola, { $name }
home-greeting-anonymous = Hola
home-balance-pending = { $amount } en camino
shortcut-top-up = Agregar dinero
shortcut-transfer = Enviar
shortcut-cards = Tarjetas
shortcut-history = Historial
shortcut-notifications = Notificaciones
shortcut-limits = Límites
verification-hint-email = Confirma tu correo para agregar dinero y pagar.
verification-hint-identity = Verifica tu identidad para subir tus límites y hacer compras grandes.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Llega a más tardar el { $date }
top-up-on-its-way = En camino
top-up-awaiting-boleto = Esperando a que pagues el Boleto en un banco o en línea.

pending-pay = Pagando { $amount } por el pedido { $reference }
pending-top-up = Agregando { $amount }
pending-transfer = Enviando { $amount } a { $reference }
pending-cancel-order = Cancelando el pedido { $reference }
pending-confirm-receipt = Confirmando la recepción del pedido { $reference }
pending-other = Un movimiento de dinero
pending-status-sending = Guardado en este teléfono; se enviará cuando vuelvas a tener conexión.
pending-status-code = Esperando el código que tu banco envió por SMS.
pending-status-bank = Esperando la confirmación del banco.

limit-method-balance = Pagos con tu saldo
limit-method-card = Pagos con tarjeta
limit-method-top-up = Agregar dinero con { $rail }
limit-left-today = Te quedan { $amount } hoy
limit-left-month = Te quedan { $amount } este mes
limit-per-payment = Hasta { $amount } por pago
limit-frees-up = Se libera más el { $at }
limit-ceiling-per_payment = { $ceiling } por pago
limit-ceiling-per_day = { $ceiling } cada 24 horas
limit-ceiling-per_month = { $ceiling } cada 30 días
limit-raise-verify-email = Confirma tu correo: hasta { $ceiling }
limit-raise-verify-identity = Verifica tu identidad: hasta { $ceiling }
limit-raise-account-age = Hasta { $ceiling } desde el { $date }, cuando tu cuenta cumpla { $days } días
limits-standing = Tu cuenta: { $level }, { $days ->
    [one] { $days } día de antigüedad
   *[other] { $days } días de antigüedad
}
limits-note = "Hoy" son las últimas 24 horas y "este mes", los últimos 30 días: el dinero que gastaste vuelve a estar disponible después.
level-unverified = correo sin confirmar
level-email-confirmed = correo confirmado
level-identity-verified = identidad verificada

figure-limit = Límite
figure-left = Disponible ahora
figure-most-at-once = Máximo en un pago
figure-fits-again = Este monto vuelve a caber
figure-how-to-raise = Para subirlo

## Agregar dinero

rail-bank_card = Tarjeta bancaria
rail-bank_transfer = Transferencia bancaria
rail-western_union = Western Union
rail-e_wallet = Billetera electrónica
rail-boleto = Boleto
rail-limits = De { $min } a { $max } cada vez
rail-limits-monthly = Desde { $min }, hasta { $max } cada 30 días
rail-limits-account = Desde { $min }, hasta el límite de tu tarjeta
rail-arrives-instantly = Llega al instante
rail-arrives-in-days = Llega en hasta { $days } días hábiles
rail-arrives-when-paid = Llega en cuanto pagas el comprobante
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Monto en { $currency }
top-up-limit-left = Tus límites te dejan { $today } hoy y { $month } este mes para esto.
top-up-add-card = Agregar una tarjeta
top-up-submit = Agregar dinero
top-up-credited = Agregaste { $amount }
top-up-credited-message = Ya está en tu saldo.
top-up-pending = { $amount } en camino
top-up-pending-message = Llega a más tardar el { $date }. Si para entonces no ha llegado, contacta a soporte.
top-up-another = Agregar más

## Tarjetas

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Vence { $expiry }
card-expired = Vencida: no puede pagar
card-one-off = Solo para este pago
cards-count = { $count } de { $max } tarjetas guardadas
cards-add = Agregar una tarjeta
cards-at-limit = Tienes { $max } tarjetas, el máximo que permite Pocket. Elimina una para agregar otra.
cards-empty = Todavía no hay tarjetas guardadas.
cards-remove = Eliminar
cards-replace = Reemplazar
cards-remove-title = ¿Eliminar esta tarjeta?
cards-remove-message = { $card } ya no podrá pagar. Puedes volver a agregarla más tarde.
cards-remove-confirm = Eliminar
cards-remove-cancel = Conservarla
add-card-number = Número de tarjeta
add-card-expiry = Vencimiento (MM/AA)
add-card-expiry-hint = Como aparece impreso en la tarjeta.
add-card-save = Guardar esta tarjeta para la próxima vez
add-card-save-hint = Déjalo sin marcar para usar la tarjeta una sola vez. Puedes guardar hasta { $max } tarjetas.
add-card-note = El número de tu tarjeta va una sola vez al servicio de pagos, que le da a Pocket un token en su lugar. El número nunca se guarda en este teléfono.
add-card-submit = Agregar tarjeta
add-card-replacing = Reemplaza { $card }. Primero el banco verifica la nueva tarjeta; si falla, la anterior se queda.
add-card-replace-submit = Reemplazar tarjeta

## Compras

catalogue-ships-from = Se envía desde { $country }
catalogue-cart = { $count ->
    [0] Carrito
   *[other] Carrito ({ $count })
}
catalogue-note = Pocket paga paquetes de hasta { $weight } y { $cap } cada uno.
option-colour = Color
option-model = Modelo
option-size = Talla
option-plug = Enchufe
product-seller = Vendido por { $seller }
product-weight = { $weight } cada uno
product-quantity = Cantidad: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Comprar ahora
product-add-to-cart = Agregar al carrito
product-choose = Elige: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = Uno menos: { $item }
step-more = Uno más: { $item }
cart-remove-line = Quitar del carrito: { $item }
cart-total = Total { $total }
cart-checkout = Finalizar compra
cart-empty = Tu carrito está vacío.
parcel-from = De { $seller }
parcel-weight = { $weight } de { $max }
parcel-value = { $value } de { $cap }
parcel-empty = El paquete de { $seller } está vacío.
parcel-too-heavy = El paquete de { $seller } pesa { $weight }; Pocket paga paquetes de hasta { $max }. Quita { $over } en artículos o pídelos por separado.
parcel-over-cap = El paquete de { $seller } vale { $value }; Pocket paga paquetes de hasta { $cap }. Quita { $over } en artículos o pídelos por separado.
checkout-address = Dirección de entrega
checkout-address-hint = Déjala vacía para usar la dirección de tu cuenta.
checkout-coupon = Cupón
checkout-total = { $total } en { $orders ->
    [one] { $orders } pedido
   *[other] { $orders } pedidos, uno por vendedor
}
checkout-place-order = Hacer pedido

## Pago

pay-progress = Pedido { $number } de { $count }
pay-source-balance = Saldo en { $currency }
pay-source-available = Disponible: { $amount }
pay-new-card = Usar una tarjeta nueva
pay-quote-loading = Revisando el tipo de cambio y tus límites…
pay-you-pay = Pagas { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = Después de este pago te quedan { $today } hoy y { $month } este mes.
pay-card-limits = Los límites de tu tarjeta te dejan { $today } hoy y { $month } este mes.
pay-short = A tu saldo en { $currency } le faltan { $amount }. Agrega dinero o paga de otra forma.
pay-password = Contraseña de pago
pay-button = Pagar { $amount }
bank-code = Código del SMS
bank-code-hint = Tu banco lo envió a tu teléfono.
bank-code-submit = Confirmar
pay-paid = Pagado. Tu dinero queda retenido hasta que confirmes que llegó el paquete.
pay-next = Pagar el siguiente pedido
pay-finish = Listo

## Pedidos

orders-empty = Todavía no hay pedidos.
order-summary = { $items ->
    [one] { $items } artículo
   *[other] { $items } artículos
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Esperando el pago
order-status-paid = Pagado
order-status-shipped = Enviado
order-status-delivered = Entregado
order-status-disputed = En disputa
order-status-completed = Completado
order-status-cancelled = Cancelado
order-status-refunded = Reembolsado
order-status-detail-created = Todavía no está pagado.
order-status-detail-paid = Tu dinero queda retenido hasta que llegue el paquete. Ahora el vendedor lo envía.
order-status-detail-shipped = En camino. Tu dinero queda retenido hasta que confirmes que llegó.
order-status-detail-delivered = Entregado. Confirma que lo recibiste o abre una disputa antes de que termine la protección al comprador.
order-status-detail-disputed = Tu dinero sigue retenido mientras se resuelve la disputa.
order-status-detail-completed = El vendedor recibió el pago.
order-status-detail-cancelled = Cancelado. Se reembolsó cualquier pago.
order-status-detail-refunded = Se te reembolsó el dinero.
order-line-price = Precio
order-line-discount = Descuento
order-discount = { $amount } con { $coupon }
order-line-weight = Peso
order-line-placed = Realizado
order-line-tracking = Número de seguimiento
order-line-delivered = Entregado
order-line-protection = Protección al comprador hasta
order-line-dispute = Disputa
order-line-held = Retenido para ti
order-line-refunded = Reembolsado
order-line-released = Pagado al vendedor
order-line-refund-to = Destino del reembolso
order-pay = Pagar
order-cancel = Cancelar pedido
order-confirm-receipt = Ya lo recibí
order-open-dispute = Abrir una disputa
order-refund-destination = A dónde va un reembolso
order-receipt = Recibo
order-confirm-receipt-title = ¿Llegó tu paquete?
order-confirm-receipt-message = El vendedor recibirá { $amount }. Después de esto no podrás abrir una disputa.
order-confirm-receipt-confirm = Sí, pagar al vendedor
order-cancel-title = ¿Cancelar este pedido?
order-cancel-message = Todavía no se ha enviado, así que recuperas el total de { $amount }.
order-cancel-confirm = Cancelar pedido
order-cancel-keep = Conservarlo
order-dispute-title = ¿Qué salió mal?
order-dispute-message = Tu dinero sigue retenido mientras lo revisamos. Si tienes razón, recibes un reembolso total o parcial.
order-refund-title = ¿A dónde debe ir un reembolso?
order-refund-message = Esto solo importa si te devuelven dinero.
dispute-not-received = Nunca llegó
dispute-not-as-described = No es como se describía
dispute-wrong-item = Es un artículo equivocado
refund-to-same = De vuelta a donde salió el pago
refund-to-balance = A tu saldo de Pocket
refund-to-origin = Al origen del dinero de tu saldo
refund-to-detail-same = A tu saldo si pagaste con saldo; a tu tarjeta si pagaste con tarjeta.
refund-to-detail-balance = Aunque hayas pagado con tarjeta.
refund-to-detail-origin = Si pagaste con saldo: a la tarjeta o cuenta con la que agregaste ese dinero.

## Historial y recibos

history-empty = Todavía no hay nada aquí.
history-more = Mostrar { $count } más
history-kind-payment = Pago de un pedido
history-kind-refund = Reembolso
history-kind-top-up = Dinero agregado
history-kind-top-up-settled = Dinero recibido
history-kind-top-up-declined = Recarga devuelta
history-kind-transfer = Transferencia
history-kind-escrow-release = Pagado al vendedor
history-kind-sandbox-grant = Dinero de prueba
history-kind-other = Movimiento de dinero
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Saldo
history-source-card = Tarjeta
history-source-top-up = Origen del dinero agregado
receipt-payment = Pago
receipt-order = Pedido
receipt-paid = Pagado
receipt-amount-usd = Precio del pedido
receipt-method = Pagado con
receipt-method-balance = Saldo de Pocket
receipt-method-card = Tarjeta
receipt-card = Tarjeta
receipt-rate = Tipo de cambio
receipt-at = Hora
refund-amount = Reembolsado
refund-to = Reembolsado a
refund-top-up = Por la recarga
refunded-to-card = Tu tarjeta
refunded-to-balance = Tu saldo de Pocket
receipt-support = ¿Te cobraron dos veces o por algo que no recibiste? Contacta a soporte con este recibo.

## Transferencias

transfer-to = Correo del destinatario
transfer-amount = Monto
transfer-amount-hint = En { $currency }, de tu saldo.
transfer-note = Nota (opcional)
transfer-password = Contraseña de pago
transfer-submit = Enviar
transfer-sent = Enviaste { $amount } a { $email }.
transfer-another = Enviar más

## Notificaciones

notifications-empty = Todavía no hay notificaciones.
notification-support-reply = Soporte respondió
notification-support-resolved = Solicitud resuelta
notification-support-declined = Solicitud cerrada
notification-body-payment = Pagaste { $amount }. El dinero queda retenido hasta que confirmes que recibiste el pedido.
notification-body-refund = { $to ->
    [card] Te reembolsamos { $amount } a tu tarjeta.
    [top_up_source] Te reembolsamos { $amount } a { $source }, desde donde agregaste el dinero.
   *[other] Te reembolsamos { $amount } a tu saldo de Pocket.
}
notification-body-top-up-settled = Recibiste { $amount } en tu saldo de Pocket.
notification-body-top-up-declined = Tu recarga de { $amount } no llegó a Pocket y se quitó de tu saldo pendiente: { $note }
notification-body-order-shipped = Tu pedido va en camino. Número de seguimiento: { $tracking }.
notification-body-order-delivered = Tu pedido fue entregado. Confirma que lo recibiste o abre una disputa antes de que termine la protección al comprador.
notification-body-order-updated = { $status ->
    [completed] Tu pedido está completado y el vendedor recibió el pago.
    [cancelled] Tu pedido fue cancelado.
    [disputed] Tu disputa está abierta. Tu dinero sigue retenido hasta que se resuelva.
   *[other] Tu pedido cambió.
}
notification-body-transfer-received = Recibiste { $amount } de { $counterpart }.
notification-body-transfer-sent = Enviaste { $amount } a { $counterpart }.
notification-body-verification-approved = Tu identidad está verificada: tus límites subieron.
notification-body-verification-declined = No se aprobó la verificación de tu identidad: { $note }
notification-body-support-reply = Soporte respondió: { $note }
notification-body-support-resolved = Tu solicitud está resuelta: { $note }
notification-body-support-declined = Tu solicitud está cerrada: { $note }
notification-body-account-frozen = Tu cuenta está congelada y no puede salir dinero de ella: { $note } Escribe a soporte para saber qué hacer.
notification-body-account-thawed = Tu cuenta ya no está congelada: puedes volver a pagar, recargar y enviar dinero.
notification-verification-approved = Identidad verificada
notification-verification-declined = Verificación no aprobada
notification-payment = Pago
notification-refund = Reembolso
notification-top-up-settled = Dinero recibido
notification-top-up-declined = Recarga no recibida
notification-account-frozen = Cuenta congelada
notification-account-thawed = Cuenta descongelada
notification-order-shipped = Pedido enviado
notification-order-delivered = Pedido entregado
notification-order-updated = Novedad del pedido
notification-transfer-received = Dinero recibido
notification-transfer-sent = Dinero enviado
notification-other = Pocket

## Ajustes

settings-email = Correo electrónico
settings-level = Verificación
settings-age = Antigüedad
settings-age-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
settings-country = País
settings-language = Idioma
settings-change-language = Cambiar
settings-change-payment-password = Cambiar contraseña de pago
settings-set-payment-password = Crear contraseña de pago
settings-forgot-payment-password = ¿Olvidaste tu contraseña de pago?
settings-verify-identity = Verificar tu identidad
settings-support = Ayuda y soporte
settings-change-questions = Cambiar preguntas de seguridad
settings-sign-out = Cerrar sesión
settings-sign-out-title = ¿Cerrar sesión?
settings-sign-out-message = { $pending ->
    [0] Puedes volver a iniciar sesión cuando quieras.
    [one] { $pending } pago o transferencia sigue pendiente de envío. Se queda guardado y se envía cuando vuelvas a iniciar sesión.
   *[other] { $pending } pagos o transferencias siguen pendientes de envío. Se quedan guardados y se envían cuando vuelvas a iniciar sesión.
}
settings-sign-out-confirm = Cerrar sesión
settings-sign-out-everywhere = Cerrar sesión en todos los dispositivos
settings-sign-out-everywhere-title = ¿Cerrar sesión en todos los dispositivos?
settings-sign-out-everywhere-message = Se cerrará la sesión en todos los teléfonos y navegadores con tu cuenta, también en este. Úsalo si perdiste un teléfono o lo compartiste.
settings-sign-out-everywhere-confirm = Cerrar sesión en todos

## Problemas: qué pasó (el mensaje), un título y qué hacer (la sugerencia)

problem-unknown = Algo salió mal.
    .title = Algo salió mal
problem-required = Completa este campo.
problem-missing_field = Completa este campo.
problem-invalid_email = Escribe un correo como maria@example.com.
problem-email_looks_like_another = Este correo mezcla letras parecidas de alfabetos distintos. Escríbelo de nuevo con una sola distribución de teclado.
problem-password_too_short = Usa al menos 8 caracteres.
problem-invalid_country = Elige tu país.
problem-invalid_phone = Escribe el número con su código de país, como +52 55 1234 5678.
problem-too_long = Es demasiado largo; acórtalo.
problem-too_short = Es demasiado corto.
problem-too_many_items = Hay demasiados elementos aquí.
problem-too_few_items = Agrega al menos uno más.
problem-invalid_format = No está en el formato esperado.
problem-invalid_choice = Elige una de las opciones.
problem-number_too_large = Este número es demasiado grande.
problem-number_too_small = Este número es demasiado pequeño.
problem-invalid_field = Algo en este formulario no está bien.
problem-forbidden_characters = Tiene un carácter invisible; vuelve a escribirlo.
problem-wrong_credentials = El correo o la contraseña no son correctos.
    .title = No se pudo iniciar sesión
    .hint = Revísalos e inténtalo de nuevo.
problem-unknown_confirmation_token = Ese código no es correcto.
    .hint = Revisa el código o pide un enlace nuevo.
problem-confirmation_link_expired = Este enlace venció: los enlaces sirven durante 24 horas.
    .title = Enlace vencido
    .hint = Pide un enlace nuevo desde esta pantalla.
problem-needs_sign_in = Inicia sesión para continuar.
    .title = Sesión cerrada
problem-offline = No se puede conectar con Pocket ahora y no hay nada guardado en este teléfono para mostrar.
    .title = No tienes conexión
    .hint = Inténtalo de nuevo cuando tengas conexión.
problem-internal = Algo salió mal en este teléfono.
    .title = Algo salió mal
    .hint = Inténtalo de nuevo. Si sigue pasando, reinicia la app.
problem-will_retry = Sin conexión: quedó guardado y se enviará solo.
problem-unknown_link = Este enlace no se puede abrir en Pocket.
    .title = Enlace desconocido

problem-not_six_digits = Escribe los 6 dígitos de tu contraseña de pago.
problem-wrong_length = La contraseña de pago tiene 6 dígitos; esta tiene { $length }.
problem-password-not_digits = Usa solo los dígitos del 0 al 9.
problem-sequential_run = Los dígitos seguidos en orden son fáciles de adivinar. Mézclalos.
problem-repeated_digits = El mismo dígito 3 veces seguidas es fácil de adivinar.
problem-confirmation_mismatch = No coinciden. Escribe los mismos 6 dígitos dos veces.
problem-current_password_required = Escribe tu contraseña de pago actual.
problem-wrong_payment_password = Esa no es tu contraseña de pago. { $attempts_left ->
    [one] Te queda { $attempts_left } intento antes de que los pagos se bloqueen por un tiempo.
   *[other] Te quedan { $attempts_left } intentos antes de que los pagos se bloqueen por un tiempo.
}
    .title = Contraseña de pago incorrecta
problem-payment_password_locked = Demasiadas contraseñas de pago incorrectas. Los pagos están bloqueados hasta el { $until }.
    .title = Pagos bloqueados
    .hint = Espera hasta entonces o crea una nueva ahora: Ajustes, "¿Olvidaste tu contraseña de pago?".
problem-payment_password_not_set = Primero crea una contraseña de pago: con ella se confirma cada pago.
    .title = Sin contraseña de pago
problem-reference_required = Indica de qué recarga o pago se trata.
problem-top_up_arrived = Esta recarga ya llegó a tu saldo.
problem-order_not_paid = Este pedido nunca se pagó, así que no hay ningún pago que revisar.
problem-document_required = Agrega tu documento de identidad: soporte verifica que eres tú.
problem-case_closed = Esta solicitud está cerrada.
problem-account_frozen = Tu cuenta está congelada y no puede salir dinero de ella. Escribe a soporte para saber por qué y qué hacer.
problem-action-verify = Verificar tu identidad
problem-action-open = Abrir
problem-choose_document = Elige un documento.
problem-invalid_document_number = Escribe el número del documento tal como aparece impreso.
problem-verification_pending = Tu documento ya está en espera de revisión. Te avisaremos en cuanto se revise.
problem-already_verified = Tu identidad ya está verificada.
problem-email_not_confirmed = Primero confirma tu correo.
problem-answer_every_question = Responde todas las preguntas.
problem-wrong_security_answers = Al menos una respuesta no es correcta. { $attempts_left ->
    [one] Te queda { $attempts_left } intento antes de que la recuperación se pause por un tiempo.
   *[other] Te quedan { $attempts_left } intentos antes de que la recuperación se pause por un tiempo.
}
    .title = Respuesta incorrecta
    .hint = No importan las mayúsculas ni los espacios de más.
problem-security_answers_locked = Demasiadas respuestas incorrectas. La recuperación está en pausa hasta el { $until }.
    .title = Recuperación en pausa
problem-security_questions_not_set = No tienes preguntas de seguridad que responder, así que tu contraseña de pago no se puede recuperar por correo.
    .title = Sin preguntas de seguridad
problem-unknown_recovery_link = Ese código no es correcto.
    .hint = Revisa el código o pide un enlace nuevo.
problem-recovery_link_used = Este enlace ya se usó.
    .title = Enlace usado
    .hint = Pide un enlace nuevo desde esta pantalla.
problem-recovery_link_replaced = Después de este se envió un enlace más reciente.
    .title = Enlace antiguo
    .hint = Abre el correo más reciente.
problem-recovery_link_expired = Este enlace venció: los enlaces sirven durante 30 minutos.
    .title = Enlace vencido
    .hint = Pide un enlace nuevo desde esta pantalla.
problem-recovery_link_cooldown = Se acaba de enviar un enlace. Abre el correo más reciente o vuelve a pedirlo el { $until }.
problem-sign_in_to_open_link = Primero inicia sesión y luego vuelve a abrir el enlace.
    .title = Sesión cerrada
problem-too_few_questions = Responde al menos { $min } preguntas.
problem-duplicate_question = Elegiste "{ $question }" dos veces. Elige preguntas distintas.
problem-empty_answer = Responde "{ $question }".

problem-invalid_length = Un número de tarjeta tiene de 12 a 19 dígitos; este tiene { $digits }.
problem-number-not_digits = Usa solo dígitos (los espacios están bien).
problem-failed_checksum = Este número de tarjeta no es válido. Revisa que no tenga errores.
problem-unsupported_brand = No se acepta esta marca de tarjeta. Usa Visa, Mastercard, American Express, Discover, JCB, UnionPay o Mir.
problem-bad_expiry_format = Escribe el vencimiento como MM/AA, como en la tarjeta.
problem-bad_expiry_month = { $month } no es un mes. Usa del 01 al 12.
problem-expired = Esta tarjeta venció a fines de { $expiry }. Usa otra tarjeta.
problem-too_many_cards = Tienes { $max_cards } tarjetas guardadas, el máximo que permite Pocket. Primero elimina una o deja "Guardar" sin marcar.
    .title = Demasiadas tarjetas
problem-card_declined = Tu banco rechazó esta tarjeta.
    .title = Tarjeta rechazada
    .hint = No se cobró nada. Prueba otra tarjeta o tu saldo.
problem-card_insufficient_funds = La tarjeta no tiene fondos suficientes.
    .title = Tarjeta rechazada
    .hint = No se cobró nada. Prueba otra tarjeta o tu saldo.
problem-card_required = Elige una tarjeta.
problem-card_not_used = Una tarjeta solo sirve para agregar dinero con tarjeta.
problem-one_time_code_required = Escribe el código que tu banco envió por SMS.
problem-wrong_one_time_code = Ese código no es correcto. { $attempts_left ->
    [one] Te queda { $attempts_left } intento con este código.
   *[other] Te quedan { $attempts_left } intentos con este código.
}
problem-one_time_code_void = Demasiados códigos incorrectos: este ya no sirve. Toca "Enviar un código nuevo".
problem-one_time_code_expired = Ese código venció o se envió uno más reciente. Toca "Enviar un código nuevo".
problem-one_time_code_cooldown = Se puede enviar un código nuevo el { $until }.
problem-too_many_one_time_codes = Se enviaron demasiados códigos en la última hora. Se puede enviar uno nuevo el { $until }.
problem-unsaved_card_used = Una tarjeta que elegiste no guardar paga una sola vez. Agrégala de nuevo, o guárdala, para pagar con ella.
problem-too_many_login_attempts = Demasiadas contraseñas incorrectas. Inténtalo de nuevo el { $until }.
    .title = Espera un momento
problem-login_locked = Demasiadas contraseñas incorrectas: el inicio de sesión en esta cuenta está en pausa hasta el { $until }.
    .title = Inicio de sesión en pausa
problem-invalid_code = Escribe los dígitos del código del SMS.
problem-code_still_required = Escribe el código del último SMS.
problem-not_waiting_for_code = Esto ya no necesita un código.
problem-unknown_action = Este pago ya no está en este teléfono.

problem-choose_rail = Elige cómo agregar dinero.
problem-provider_required = Elige tu billetera electrónica.
problem-below_minimum = Las recargas con { $rail } empiezan en { $minimum }.
problem-below_rail_minimum = Está por debajo del mínimo para esta forma de agregar dinero.
problem-above_maximum = Las recargas con { $rail } pueden ser de { $maximum } como máximo. Divide el monto o elige otra forma.
problem-above_rail_maximum = Está por encima del máximo para esta forma de agregar dinero.
problem-monthly_cap_reached = Con { $rail } puedes agregar { $cap } cada 30 días; ahora te quedan { $left }.
    .title = Tope mensual alcanzado
problem-rail_monthly_cap = Esta forma de agregar dinero alcanzó su tope mensual.
    .title = Tope mensual alcanzado
problem-top_up_not_pending = Esta recarga ya llegó.

problem-not_a_number = "{ $text }" no es un monto. Escribe un número como 12,50.
problem-too_many_decimals = { $currency } tiene { $decimals } decimales como máximo.
problem-negative = Los montos no pueden ser menores que cero.
problem-not_positive = Escribe un monto mayor que cero.
problem-too_large = Es más de lo que Pocket puede manejar: como máximo { $max } { $currency }.
problem-unknown_currency = { $code } no es una moneda que Pocket admita.
problem-invalid_amount = Ese monto no es válido.
problem-currency_mismatch = Esos montos están en monedas distintas.
problem-would_go_negative = Es más de lo que hay.
problem-invalid_rate = El tipo de cambio no está disponible ahora.
problem-insufficient_funds = Tu saldo no alcanza para esto.
    .title = Dinero insuficiente
    .hint = Agrega dinero o paga de otra forma.

problem-per_payment = { $amount } supera el límite de { $ceiling } por pago ({ $method }).
    .title = Supera tu límite
    .hint = Paga menos de una vez o sube tu límite.
problem-per_day = { $amount } supera lo que puedes gastar en 24 horas ({ $method }). Ahora puedes gastar { $left }.
    .title = Supera tu límite diario
problem-per_month = { $amount } supera lo que puedes gastar en 30 días ({ $method }). Ahora puedes gastar { $left }.
    .title = Supera tu límite mensual

problem-parcel_not_eligible = Pocket no puede pagar un paquete de este pedido.
    .title = Pocket no puede pagar este paquete
    .hint = Cambia los artículos e inténtalo de nuevo.
problem-empty_cart = Tu carrito está vacío.
problem-invalid_cart = Algo en tu carrito no es válido. Revísalo e inténtalo de nuevo.
problem-invalid_quantity = Elige una cantidad de 1 o más.
problem-unknown_product = Un producto ya no está a la venta. Quítalo de tu carrito.
problem-unknown_option = Una opción que elegiste ya no se ofrece. Vuelve a elegir.
problem-option_required = Elige todas las opciones del producto.
problem-unknown_coupon = Este cupón no existe.
problem-coupon_expired = Este cupón venció.
problem-coupon_used = Ya usaste este cupón.
problem-coupon_minimum = El pedido es demasiado pequeño para este cupón.
problem-choose_source = Elige cómo pagar.
problem-payment_not_sent = El pago no se hizo y no se cobró nada.
    .title = No pagado
    .hint = Inténtalo de nuevo.
problem-already_paid = Este pedido ya está pagado. No se puede pagar dos veces.
    .title = Ya pagado
problem-illegal_transition = Eso no se puede hacer con este pedido ahora.
    .title = No es posible ahora
problem-protection_ended = La protección al comprador de este pedido terminó.
    .title = Protección terminada
problem-protection_not_ended = La protección al comprador de este pedido todavía no termina.
problem-refund_exceeds_paid = Un reembolso no puede ser mayor que lo pagado.
problem-missing_tracking_number = El pedido todavía no tiene número de seguimiento.

problem-unknown_recipient = No hay ninguna cuenta de Pocket con este correo.
problem-transfer_to_self = No puedes enviarte dinero a ti mismo.
problem-unsupported_language = Pocket todavía no habla ese idioma.
problem-not_found = Esto ya no está aquí.
    .title = No encontrado
problem-unknown_route = Esta versión de la app pidió algo que el servicio no conoce.
    .title = Actualiza la app
problem-idempotency_key_reused = Esto ya se envió con otros datos.
problem-missing_idempotency_key = Esta solicitud necesita una clave para enviarse de forma segura.
problem-invalid_idempotency_key = La clave de esta solicitud no es válida.
problem-malformed_json = La app envió algo que el servicio no puede leer.
problem-unreadable_body = La app envió algo que el servicio no puede leer.
problem-body_too_large = Es demasiado para enviar de una vez.
problem-not_a_boleto = Esa recarga no es un Boleto.
problem-step_too_large = El reloj de prueba no puede avanzar tanto.

## Opening failed

opening-failed-title = Pocket no pudo iniciarse
opening-failed-message = Pocket no pudo abrir sus datos guardados ni el llavero de tu teléfono. Desbloquea el teléfono, asegúrate de que tenga espacio libre y vuelve a intentarlo.
opening-failed-detail = Detalles para soporte: { $detail }
opening-failed-retry = Intentar de nuevo
