# Os e-mails e SMS que o serviço envia, em português do Brasil: as mesmas
# mensagens e os mesmos marcadores do arquivo em inglês.

email-confirm = Confirme sua conta do Pocket: { $link } (válido por { $hours } horas)
    .subject = Confirme seu e-mail
email-sign-up-attempt = Alguém tentou criar uma conta do Pocket com este e-mail, que já tem uma. Se foi você, entre com sua senha. Se não foi, você não precisa fazer nada: sua conta continua igual.
    .subject = Alguém tentou se cadastrar com seu e-mail
email-reset-password = Alguém pediu para redefinir a senha da sua conta do Pocket. Para criar uma nova, abra { $link } em até { $minutes } minutos; todos os celulares conectados à conta vão sair dela. Se não foi você, ignore este e-mail: sua senha continua a mesma.
    .subject = Redefina sua senha do Pocket
email-password-changed = A senha da sua conta do Pocket foi alterada, e todos os celulares conectados a ela saíram da conta. Se não foi você, redefina a senha de novo agora mesmo na tela de login.
    .subject = Sua senha do Pocket foi alterada
email-recover-payment-password = Para criar uma nova senha de pagamento, abra { $link } em até { $minutes } minutos e responda às suas perguntas de segurança. Se não foi você, alguém está conectado à sua conta: altere sua senha de acesso e use "Sair em todos os dispositivos" em Configurações.
    .subject = Recupere sua senha de pagamento
email-payment-password-changed = A senha de pagamento da sua conta do Pocket foi alterada com suas respostas de segurança. Se não foi você, altere agora mesmo sua senha de acesso e use "Sair em todos os dispositivos" em Configurações.
    .subject = Sua senha de pagamento foi alterada
sms-code-card-payment = Seu código do Pocket é { $code }. Ele confirma um pagamento com cartão e vale por { $minutes } minutos. Ninguém do Pocket vai pedir esse código.
    .subject = Código de pagamento
sms-code-card-top-up = Seu código do Pocket é { $code }. Ele confirma uma recarga com seu cartão e vale por { $minutes } minutos. Ninguém do Pocket vai pedir esse código.
    .subject = Código de recarga
