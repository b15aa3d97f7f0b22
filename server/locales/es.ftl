# Los correos y SMS que envía el servicio, en español: los mismos mensajes y
# los mismos marcadores que el archivo en inglés.

email-confirm = Confirma tu cuenta de Pocket: { $link } (válido durante { $hours } horas)
    .subject = Confirma tu correo
email-sign-up-attempt = Alguien intentó crear una cuenta de Pocket con este correo, que ya tiene una. Si fuiste tú, inicia sesión con tu contraseña. Si no, no tienes que hacer nada: tu cuenta no cambió.
    .subject = Alguien intentó registrarse con tu correo
email-reset-password = Alguien pidió restablecer la contraseña de tu cuenta de Pocket. Para elegir una nueva, abre { $link } en los próximos { $minutes } minutos; se cerrará la sesión en todos los teléfonos que usan la cuenta. Si no fuiste tú, ignora este correo: tu contraseña no cambió.
    .subject = Restablece tu contraseña de Pocket
email-password-changed = La contraseña de tu cuenta de Pocket se cambió y se cerró la sesión en todos los teléfonos que la usaban. Si no fuiste tú, vuelve a restablecerla de inmediato desde la pantalla de inicio de sesión.
    .subject = Tu contraseña de Pocket se cambió
email-recover-payment-password = Para elegir una contraseña de pago nueva, abre { $link } en los próximos { $minutes } minutos y responde tus preguntas de seguridad. Si no fuiste tú, alguien inició sesión en tu cuenta: cambia tu contraseña de acceso y usa "Cerrar sesión en todos los dispositivos" en Ajustes.
    .subject = Recupera tu contraseña de pago
email-payment-password-changed = La contraseña de pago de tu cuenta de Pocket se cambió con tus respuestas de seguridad. Si no fuiste tú, cambia de inmediato tu contraseña de acceso y usa "Cerrar sesión en todos los dispositivos" en Ajustes.
    .subject = Tu contraseña de pago se cambió
sms-code-card-payment = Tu código de Pocket es { $code }. Confirma un pago con tarjeta y sirve durante { $minutes } minutos. Nadie de Pocket te lo pedirá.
    .subject = Código de pago
sms-code-card-top-up = Tu código de Pocket es { $code }. Confirma una recarga desde tu tarjeta y sirve durante { $minutes } minutos. Nadie de Pocket te lo pedirá.
    .subject = Código de recarga
