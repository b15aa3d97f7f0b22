# Os textos do Pocket em português do Brasil. Uma mensagem que falte aqui
# aparece em inglês. Os argumentos já chegam formatados (valores, datas),
# exceto quando uma forma de plural depende deles.

language-name = Português (Brasil)
app-name = Pocket
back = Voltar

## Formatos deste idioma: números, dinheiro, peso, datas.

format-decimal = ,
format-group = .
format-money = { $symbol }{"\u00A0"}{ $amount }
format-grams = { $grams } g
format-date = { $day } de { $month } de { $year }
format-time = { $hour24 }:{ $minute }
format-date-time = { $date }, { $time }
time-am = AM
time-pm = PM
month-1 = jan.
month-2 = fev.
month-3 = mar.
month-4 = abr.
month-5 = mai.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = set.
month-10 = out.
month-11 = nov.
month-12 = dez.
weekday-1 = seg.
weekday-2 = ter.
weekday-3 = qua.
weekday-4 = qui.
weekday-5 = sex.
weekday-6 = sáb.
weekday-7 = dom.

currency-USD = US$
currency-EUR = €
currency-GBP = £
currency-JPY = JP¥
currency-CNY = CN¥
currency-RUB = ₽
currency-BRL = R$
currency-KRW = ₩
currency-INR = ₹
currency-CAD = CA$
currency-AUD = AU$
currency-CHF = CHF
currency-TRY = ₺
currency-KWD = KWD

country-BR = Brasil
country-RU = Rússia
country-KZ = Cazaquistão
country-BY = Belarus
country-TR = Turquia
country-ID = Indonésia
country-KE = Quênia
country-TZ = Tanzânia
country-GR = Grécia
country-ES = Espanha
country-MX = México
country-AR = Argentina
country-PT = Portugal
country-US = Estados Unidos
country-CN = China

## Em todas as telas

tab-home = Início
tab-shop = Loja
tab-orders = Pedidos
tab-profile = Perfil
banner-offline = Você está off-line. O que aparece aqui foi salvo neste celular.
banner-offline-saved = Você está off-line. Mostrando o que foi salvo em { $at }.
banner-sending = { $count ->
    [one] { $count } pagamento ou transferência está salvo neste celular e será enviado quando você voltar a ficar on-line.
   *[other] { $count } pagamentos ou transferências estão salvos neste celular e serão enviados quando você voltar a ficar on-line.
}
money-action-saved = Sem conexão no momento. Isto ficou salvo no seu celular e será enviado sozinho quando você voltar a ficar on-line. Não há como ser cobrado duas vezes.
money-action-processing = O banco do seu cartão ainda está decidindo. Avisaremos assim que decidir. Não pode ser cobrado duas vezes.
bank-page-message = Seu banco pede que você confirme isto na página dele. Abra, confirme e você volta para cá.
bank-page-open = Abrir a página do banco
dialog-cancel = Cancelar
problem-dismiss = OK

title-sign-up = Crie sua conta
title-check-email = Confirme seu e-mail
title-sign-in = Entrar
title-reset-password = Nova senha
title-recover-payment-password = Esqueci a senha de pagamento
title-verification = Verificação de identidade
title-support = Ajuda e suporte
title-new-support-case = Nova solicitação
title-payment-password-setup = Crie uma senha de pagamento
title-payment-password-change = Alterar senha de pagamento
title-security-questions = Perguntas de segurança
title-home = Pocket
title-limits = Seus limites
title-top-up = Adicionar dinheiro
title-cards = Seus cartões
title-add-card = Adicionar cartão
title-replace-card = Substituir um cartão
title-catalogue = Loja
title-cart = Seu carrinho
title-checkout = Finalizar compra
title-pay = Pagar
title-orders = Seus pedidos
title-order = Pedido de { $seller }
title-history = Histórico
title-receipt = Comprovante
title-refund-receipt = Comprovante de reembolso
title-transfer = Enviar dinheiro
title-notifications = Notificações
title-settings = Perfil e configurações

## Avisos: algo deu certo

notice-email-confirmed = Seu e-mail foi confirmado.
notice-payment-password-changed = Sua senha de pagamento foi alterada.
notice-questions-changed = Suas perguntas de segurança foram salvas.
notice-all-set = Tudo pronto. Adicione dinheiro para começar a comprar.
notice-card-removed = Cartão removido.
notice-card-replaced = { $card } está no lugar do cartão antigo.
notice-card-saved = { $card } ficou salvo para a próxima vez.
notice-card-one-off = { $card } vai pagar só desta vez. Ele não fica salvo na sua conta.
notice-added-to-cart = Adicionado ao carrinho ({ $count } no total).
notice-receipt-confirmed = Obrigado! O vendedor já recebeu o pagamento.
notice-order-cancelled = Pedido cancelado. Seu dinheiro está voltando.
notice-dispute-opened = Disputa aberta. Seu dinheiro fica retido até ela ser resolvida.
notice-refund-destination = Tudo certo. Um reembolso vai para onde você escolheu.
notice-saved-will-send = Sem conexão: ficou salvo e será enviado sozinho.
notice-language-changed = O idioma foi alterado.
notice-signed-out = Você saiu da conta.
notice-session-ended = Sua sessão terminou. Entre de novo; tudo o que está esperando para ser enviado continua guardado.
notice-check-inbox = Enviamos uma mensagem para { $email }. Abra-a e depois entre.
notice-code-sent = Um novo código está a caminho por SMS.
notice-password-reset = Sua senha foi alterada e todos os celulares saíram da conta. Entre com a nova senha.
notice-payment-password-recovered = Sua nova senha de pagamento foi salva e os pagamentos foram desbloqueados.
notice-verification-sent = Enviado para análise. Avisaremos assim que for analisado.
notice-support-case-opened = Sua solicitação foi enviada. O suporte vai responder aqui, e você vai receber uma notificação.
notice-support-message-sent = Mensagem enviada.
code-resend = Enviar um novo código

## Boas-vindas, cadastro, e-mail, entrada

welcome-tagline = Pague com segurança encomendas de vendedores do exterior.
welcome-point-escrow = Seu dinheiro fica retido até a encomenda chegar.
welcome-point-parcels = Para encomendas leves: até 2 kg cada.
welcome-point-cards = O número do seu cartão nunca fica no seu celular.
welcome-sign-up = Criar uma conta
welcome-sign-in = Já tenho conta

sign-up-intro = Precisamos de alguns dados para abrir sua carteira. Vamos enviar um link por e-mail para você confirmar.
sign-up-email = E-mail
sign-up-password = Senha
sign-up-password-hint = Pelo menos { $min } caracteres.
sign-up-given-name = Nome
sign-up-family-name = Sobrenome
sign-up-address = Endereço
sign-up-phone = Celular
sign-up-phone-hint = Para os códigos que seu banco envia por SMS.
sign-up-national-id = Número do documento de identidade
sign-up-country = País
sign-up-language = Idioma
sign-up-submit = Criar conta
sign-up-sign-in-instead = Já tenho conta

check-email-message = Enviamos um link para { $email }. Abra-o neste celular ou digite o código que está no e-mail.
check-email-expires = O link vale até { $at }.
check-email-code = Código do e-mail
check-email-confirm = Confirmar
check-email-resend = Enviar um novo link
check-email-resent = Um novo link está a caminho de { $email }.
check-email-sign-out = Usar outro e-mail

sign-in-email = E-mail
sign-in-password = Senha
sign-in-submit = Entrar
sign-in-sign-up-instead = Criar uma conta
sign-in-forgot-password = Esqueceu sua senha?

reset-password-intro = Digite seu e-mail. Vamos enviar um link para você criar uma nova senha.
reset-password-intro-link = Crie uma nova senha. Todos os celulares conectados à sua conta vão sair dela.
reset-password-email = E-mail
reset-password-new = Nova senha
reset-password-submit = Salvar nova senha
recovery-send-link = Enviar um link por e-mail
recovery-send-again = Enviar de novo
recovery-sent = Se { $email } tiver uma conta no Pocket, um link está a caminho. Ele vale por { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
recovery-code = Código do e-mail
recovery-code-hint = Abra o link neste celular ou cole o código que vem depois de "token=".
recover-payment-intro = Vamos enviar um link por e-mail. Com ele, você responde às suas perguntas de segurança e cria uma nova senha de pagamento.
recover-payment-intro-link = Responda às suas perguntas de segurança e crie uma nova senha de pagamento.
recover-payment-no-questions = Você não tem perguntas de segurança para responder, então sua senha de pagamento não pode ser recuperada por e-mail.
recover-payment-sent = Enviamos um link para { $email }. Ele vale até { $until }.
recover-payment-submit = Salvar nova senha de pagamento

verification-intro = Verificar sua identidade aumenta seus limites e permite fazer compras grandes. Use um documento com sua foto e preencha os dados como estão impressos nele.
verification-status-pending = Enviado em { $date } e aguardando análise. Avisaremos assim que for analisado.
verification-status-approved = Sua identidade está verificada: seus limites foram aumentados.
verification-status-declined = Não aprovado: { $reason } Você pode enviar um documento de novo.
verification-email-first = Confirme seu e-mail primeiro: depois você pode verificar sua identidade.
verification-document = Documento
document-passport = Passaporte
document-national-id = Carteira de identidade
document-driving-licence = Carteira de motorista
verification-number = Número do documento
verification-country = País emissor
verification-name = Nome como está no documento
verification-submit = Enviar para análise

support-intro = Escreva para nós sobre uma recarga que não chegou, um pagamento que deu errado ou qualquer outra coisa. Toda resposta aparece aqui e também como notificação.
support-empty = Nenhuma solicitação ainda.
support-new-case = Nova solicitação
support-open-case = Abrir a solicitação
support-message = O que aconteceu?
support-reply = Sua mensagem
support-send = Enviar
support-author-you = Você
support-author-support = Suporte do Pocket
support-top-up = Recarga
support-topic-late-top-up = Uma recarga não chegou
support-topic-payment-problem = Um problema com um pagamento
support-topic-forgotten-security-answers = Esqueci as respostas de segurança
support-topic-other = Outro assunto
support-status-open = Aguardando o suporte
support-status-answered = Respondida
support-status-resolved = Resolvida
support-status-declined = Encerrada sem alterações
support-about-top-up = Sobre sua recarga: { $top_up }
support-about-payment = Sobre seu pagamento de { $amount } em { $date }. O comprovante dele vai junto com sua solicitação.
support-about-answers = O suporte confere seu documento de identidade e depois libera você para criar uma nova senha de pagamento e novas perguntas de segurança.
top-up-report-late = Não chegou? Fale com o suporte
receipt-report = Informar um problema com este pagamento
recover-payment-contact-support = Também esqueceu as respostas? Fale com o suporte

## Senha de pagamento e perguntas de segurança

payment-password-intro-setup = Você vai confirmar cada pagamento com estes 6 dígitos. O Pocket nunca os guarda de forma legível.
payment-password-intro-change = Digite sua senha de pagamento atual e depois a nova, duas vezes.
payment-password-rule-digits = Exatamente { $digits } dígitos.
payment-password-rule-runs = Nada de dígitos em sequência, como 123456 ou 654321.
payment-password-rule-repeats = Nenhum dígito mais de { $max } vezes seguidas.
payment-password-current = Senha de pagamento atual
payment-password-new = Nova senha de pagamento
payment-password-confirm = Os mesmos 6 dígitos de novo
payment-password-submit = Salvar

questions-intro = Se você esquecer sua senha de pagamento, estas respostas ajudam a criar uma nova. Escolha { $min } perguntas e responda a cada uma.
questions-slot = Pergunta { $number }
questions-answer = Sua resposta
questions-submit = Salvar
question-first-pet = Qual era o nome do seu primeiro bicho de estimação?
question-birth-city = Em que cidade você nasceu?
question-first-school = Qual era o nome da sua primeira escola?
question-childhood-friend = Qual é o nome do seu melhor amigo de infância?
question-first-street = Qual era o nome da rua onde você cresceu?
question-favourite-teacher = Qual era o nome do seu professor favorito?
question-first-job = Qual foi o seu primeiro emprego?
question-grandmother-name = Qual é o primeiro nome da sua avó?

## Início e limites

home-greeting = Olá, { $name }
home-greeting-anonymous = Olá
home-balance-pending = { $amount } a caminho
shortcut-top-up = Adicionar
shortcut-transfer = Enviar
shortcut-cards = Cartões
shortcut-history = Histórico
shortcut-notifications = Notificações
shortcut-limits = Limites
verification-hint-email = Confirme seu e-mail para adicionar dinheiro e pagar.
verification-hint-identity = Verifique sua identidade para aumentar seus limites e fazer compras maiores.

top-up-line = { $rail } · { $amount }
top-up-expected-by = Previsto até { $date }
top-up-on-its-way = A caminho
top-up-awaiting-boleto = Aguardando você pagar o Boleto no banco ou pela internet.

pending-pay = Pagando { $amount } pelo pedido { $reference }
pending-top-up = Adicionando { $amount }
pending-transfer = Enviando { $amount } para { $reference }
pending-cancel-order = Cancelando o pedido { $reference }
pending-confirm-receipt = Confirmando o recebimento do pedido { $reference }
pending-other = Uma operação com dinheiro
pending-status-sending = Salvo neste celular; será enviado quando você voltar a ficar on-line.
pending-status-code = Aguardando o código que seu banco enviou por SMS.
pending-status-bank = Aguardando a confirmação do banco.

limit-method-balance = Pagamentos com o saldo
limit-method-card = Pagamentos com cartão
limit-method-top-up = Adicionar dinheiro por { $rail }
limit-left-today = Disponível hoje: { $amount }
limit-left-month = Disponível este mês: { $amount }
limit-per-payment = Até { $amount } por pagamento
limit-frees-up = Mais limite fica livre em { $at }
limit-ceiling-per_payment = { $ceiling } por pagamento
limit-ceiling-per_day = { $ceiling } a cada 24 horas
limit-ceiling-per_month = { $ceiling } a cada 30 dias
limit-raise-verify-email = Confirme seu e-mail: até { $ceiling }
limit-raise-verify-identity = Verifique sua identidade: até { $ceiling }
limit-raise-account-age = Até { $ceiling } a partir de { $date }, quando sua conta tiver { $days } dias
limits-standing = Sua conta: { $level }, { $days ->
    [0] criada hoje
    [one] criada há { $days } dia
   *[other] criada há { $days } dias
}
limits-note = "Hoje" são as últimas 24 horas e "este mês", os últimos 30 dias: o dinheiro que você gastou volta a ficar disponível depois disso.
level-unverified = e-mail não confirmado
level-email-confirmed = e-mail confirmado
level-identity-verified = identidade verificada

figure-limit = Limite
figure-left = Disponível agora
figure-most-at-once = Máximo em um pagamento
figure-fits-again = Este valor cabe de novo
figure-how-to-raise = Para aumentar

## Adicionar dinheiro

rail-bank_card = Cartão bancário
rail-bank_transfer = Transferência bancária
rail-western_union = Western Union
rail-e_wallet = Carteira digital
rail-boleto = Boleto
rail-limits = De { $min } a { $max } por vez
rail-limits-monthly = A partir de { $min }, até { $max } a cada 30 dias
rail-limits-account = A partir de { $min }, até o limite do seu cartão
rail-arrives-instantly = Cai na hora
rail-arrives-in-days = Cai em até { $days } dias úteis
rail-arrives-when-paid = Cai assim que você pagar o boleto
provider-web_money = WebMoney
provider-yandex_money = Yandex.Money
provider-qiwi = Qiwi
top-up-amount = Valor em { $currency }
top-up-limit-left = Seus limites permitem { $today } hoje e { $month } este mês para isso.
top-up-add-card = Adicionar cartão
top-up-submit = Adicionar dinheiro
top-up-credited = Você adicionou { $amount }
top-up-credited-message = Já está no seu saldo.
top-up-pending = { $amount } a caminho
top-up-pending-message = Previsto até { $date }. Se não chegar até lá, fale com o suporte.
top-up-another = Adicionar mais

## Cartões

card-label = { $brand } { $first4 } •••• { $last4 }
card-number = { $first4 } •••• { $last4 }
card-expires = Vence em { $expiry }
card-expired = Vencido: não pode pagar
card-one-off = Só para este pagamento
cards-count = { $count } de { $max } cartões salvos
cards-add = Adicionar cartão
cards-at-limit = Você tem { $max } cartões, o máximo que o Pocket permite. Remova um para adicionar outro.
cards-empty = Nenhum cartão salvo ainda.
cards-remove = Remover
cards-replace = Substituir
cards-remove-title = Remover este cartão?
cards-remove-message = { $card } não vai mais poder pagar. Você pode adicioná-lo de novo depois.
cards-remove-confirm = Remover
cards-remove-cancel = Manter
add-card-number = Número do cartão
add-card-expiry = Validade (MM/AA)
add-card-expiry-hint = Como está impresso no cartão.
add-card-save = Salvar este cartão para a próxima vez
add-card-save-hint = Deixe desmarcado para usar o cartão uma vez só. Você pode salvar até { $max } cartões.
add-card-note = O número do seu cartão vai uma única vez para o serviço de pagamento, que devolve ao Pocket um token no lugar dele. O número nunca fica guardado neste celular.
add-card-submit = Adicionar cartão
add-card-replacing = Substitui { $card }. O novo cartão é verificado primeiro pelo banco; se falhar, o antigo continua.
add-card-replace-submit = Substituir cartão

## Compras

catalogue-ships-from = Enviado de: { $country }
catalogue-cart = { $count ->
    [0] Carrinho
   *[other] Carrinho ({ $count })
}
catalogue-note = O Pocket paga encomendas de até { $weight } e { $cap } cada.
option-colour = Cor
option-model = Modelo
option-size = Tamanho
option-plug = Plugue
product-seller = Vendido por { $seller }
product-weight = { $weight } cada
product-quantity = Quantidade: { $quantity }
product-total = { $price } · { $weight }
product-buy-now = Comprar agora
product-add-to-cart = Adicionar ao carrinho
product-choose = Escolha: { $options }
cart-quantity = × { $quantity }
# What the quantity buttons and the remove button say to a screen reader.
step-fewer = Um a menos: { $item }
step-more = Mais um: { $item }
cart-remove-line = Remover do carrinho: { $item }
cart-total = Total { $total }
cart-checkout = Finalizar compra
cart-empty = Seu carrinho está vazio.
parcel-from = De { $seller }
parcel-weight = { $weight } de { $max }
parcel-value = { $value } de { $cap }
parcel-empty = A encomenda de { $seller } está vazia.
parcel-too-heavy = A encomenda de { $seller } pesa { $weight }; o Pocket paga encomendas de até { $max }. Tire { $over } em itens ou peça-os separadamente.
parcel-over-cap = A encomenda de { $seller } vale { $value }; o Pocket paga encomendas que valem até { $cap }. Tire { $over } em itens ou peça-os separadamente.
checkout-address = Endereço de entrega
checkout-address-hint = Deixe em branco para usar o endereço da sua conta.
checkout-coupon = Cupom
checkout-total = { $total } em { $orders ->
    [one] { $orders } pedido
   *[other] { $orders } pedidos, um por vendedor
}
checkout-place-order = Fazer pedido

## Pagamento

pay-progress = Pedido { $number } de { $count }
pay-source-balance = Saldo em { $currency }
pay-source-available = Disponível: { $amount }
pay-new-card = Usar um novo cartão
pay-quote-loading = Verificando a cotação e seus limites…
pay-you-pay = Você paga { $amount }
pay-rate = 1 { $currency } = { $usd } USD
pay-limits-after = Depois deste pagamento, restam { $today } hoje e { $month } este mês.
pay-card-limits = Os limites do seu cartão permitem { $today } hoje e { $month } este mês.
pay-short = Faltam { $amount } no seu saldo em { $currency }. Adicione dinheiro ou pague de outro jeito.
pay-password = Senha de pagamento
pay-button = Pagar { $amount }
bank-code = Código do SMS
bank-code-hint = Seu banco enviou para o seu celular.
bank-code-submit = Confirmar
pay-paid = Pago. Seu dinheiro fica retido até você confirmar que a encomenda chegou.
pay-next = Pagar o próximo pedido
pay-finish = Concluir

## Pedidos

orders-empty = Nenhum pedido ainda.
order-summary = { $items ->
    [one] { $items } item
   *[other] { $items } itens
} · { $weight }
order-item = { $item } × { $quantity }
order-status-created = Aguardando pagamento
order-status-paid = Pago
order-status-shipped = Enviado
order-status-delivered = Entregue
order-status-disputed = Em disputa
order-status-completed = Concluído
order-status-cancelled = Cancelado
order-status-refunded = Reembolsado
order-status-detail-created = Ainda não foi pago.
order-status-detail-paid = Seu dinheiro fica retido até a encomenda chegar. Agora o vendedor faz o envio.
order-status-detail-shipped = A caminho. Seu dinheiro fica retido até você confirmar que chegou.
order-status-detail-delivered = Entregue. Confirme o recebimento ou abra uma disputa antes de acabar a proteção ao comprador.
order-status-detail-disputed = Seu dinheiro continua retido enquanto a disputa é resolvida.
order-status-detail-completed = O vendedor recebeu o pagamento.
order-status-detail-cancelled = Cancelado. Qualquer pagamento foi reembolsado.
order-status-detail-refunded = Você foi reembolsado.
order-line-price = Preço
order-line-discount = Desconto
order-discount = { $amount } com { $coupon }
order-line-weight = Peso
order-line-placed = Feito em
order-line-tracking = Código de rastreio
order-line-delivered = Entregue em
order-line-protection = Proteção ao comprador até
order-line-dispute = Disputa
order-line-held = Retido para você
order-line-refunded = Reembolsado
order-line-released = Pago ao vendedor
order-line-refund-to = Destino do reembolso
order-pay = Pagar
order-cancel = Cancelar pedido
order-confirm-receipt = Recebi
order-open-dispute = Abrir uma disputa
order-refund-destination = Para onde vai o reembolso
order-receipt = Comprovante
order-confirm-receipt-title = Sua encomenda chegou?
order-confirm-receipt-message = O vendedor vai receber { $amount }. Depois disso, não dá mais para abrir uma disputa.
order-confirm-receipt-confirm = Sim, pagar o vendedor
order-cancel-title = Cancelar este pedido?
order-cancel-message = Ele ainda não foi enviado, então você recebe de volta o valor total de { $amount }.
order-cancel-confirm = Cancelar pedido
order-cancel-keep = Manter
order-dispute-title = O que deu errado?
order-dispute-message = Seu dinheiro continua retido enquanto analisamos o caso. Se você tiver razão, recebe um reembolso total ou parcial.
order-refund-title = Para onde deve ir um reembolso?
order-refund-message = Isso só importa se algum dinheiro voltar para você.
dispute-not-received = Nunca chegou
dispute-not-as-described = Não é como o anunciado
dispute-wrong-item = Veio o item errado
refund-to-same = De volta para onde saiu o pagamento
refund-to-balance = Para o seu saldo no Pocket
refund-to-origin = Para a origem do dinheiro do seu saldo
refund-to-detail-same = Para o saldo, se pagou com saldo; para o cartão, se pagou com cartão.
refund-to-detail-balance = Mesmo que tenha pagado com cartão.
refund-to-detail-origin = Se pagou com saldo: para o cartão ou a conta de onde veio o dinheiro.

## Histórico e comprovantes

history-empty = Nada por aqui ainda.
history-more = Mostrar mais { $count }
history-kind-payment = Pagamento de pedido
history-kind-refund = Reembolso
history-kind-top-up = Dinheiro adicionado
history-kind-top-up-settled = Dinheiro recebido
history-kind-top-up-declined = Recarga devolvida
history-kind-transfer = Transferência
history-kind-escrow-release = Pago ao vendedor
history-kind-sandbox-grant = Dinheiro de teste
history-kind-other = Movimentação
history-amount-in = +{ $amount }
history-amount-out = −{ $amount }
history-amount-moved = { $amount }
history-source-balance = Saldo
history-source-card = Cartão
history-source-top-up = Origem do dinheiro adicionado
receipt-payment = Pagamento
receipt-order = Pedido
receipt-paid = Pago
receipt-amount-usd = Preço do pedido
receipt-method = Pago com
receipt-method-balance = Saldo do Pocket
receipt-method-card = Cartão
receipt-card = Cartão
receipt-rate = Cotação
receipt-at = Horário
refund-amount = Reembolsado
refund-to = Reembolsado para
refund-top-up = Pela recarga
refunded-to-card = Seu cartão
refunded-to-balance = Seu saldo Pocket
receipt-support = Foi cobrado duas vezes ou por algo que não recebeu? Fale com o suporte e envie este comprovante.

## Transferências

transfer-to = E-mail de quem vai receber
transfer-amount = Valor
transfer-amount-hint = Em { $currency }, do seu saldo.
transfer-note = Mensagem (opcional)
transfer-password = Senha de pagamento
transfer-submit = Enviar
transfer-sent = Você enviou { $amount } para { $email }.
transfer-another = Enviar mais

## Notificações

notifications-empty = Nenhuma notificação ainda.
notification-support-reply = O suporte respondeu
notification-support-resolved = Solicitação resolvida
notification-support-declined = Solicitação encerrada
notification-body-payment = Você pagou { $amount }. O valor fica retido até você confirmar que recebeu o pedido.
notification-body-refund = { $to ->
    [card] O reembolso de { $amount } foi para o seu cartão.
    [top_up_source] O reembolso de { $amount } foi para { $source }, de onde você adicionou o dinheiro.
   *[other] O reembolso de { $amount } foi para o seu saldo no Pocket.
}
notification-body-top-up-settled = { $amount } entrou no seu saldo no Pocket.
notification-body-top-up-declined = Sua recarga de { $amount } não chegou ao Pocket e saiu do seu saldo pendente: { $note }
notification-body-order-shipped = Seu pedido está a caminho. Código de rastreio: { $tracking }.
notification-body-order-delivered = Seu pedido foi entregue. Confirme o recebimento ou abra uma disputa antes de acabar a proteção ao comprador.
notification-body-order-updated = { $status ->
    [completed] Seu pedido foi concluído e o vendedor recebeu o pagamento.
    [cancelled] Seu pedido foi cancelado.
    [disputed] Sua disputa foi aberta. Seu dinheiro fica retido até ela ser resolvida.
   *[other] Seu pedido foi atualizado.
}
notification-body-transfer-received = Você recebeu { $amount } de { $counterpart }.
notification-body-transfer-sent = Você enviou { $amount } para { $counterpart }.
notification-body-verification-approved = Sua identidade está verificada: seus limites foram aumentados.
notification-body-verification-declined = A verificação da sua identidade não foi aprovada: { $note }
notification-body-support-reply = O suporte respondeu: { $note }
notification-body-support-resolved = Sua solicitação foi resolvida: { $note }
notification-body-support-declined = Sua solicitação foi encerrada: { $note }
notification-body-account-frozen = Sua conta está congelada e nenhum dinheiro pode sair dela: { $note } Escreva para o suporte para saber o que fazer.
notification-body-account-thawed = Sua conta não está mais congelada: você pode pagar, recarregar e enviar dinheiro de novo.
notification-verification-approved = Identidade verificada
notification-verification-declined = Verificação não aprovada
notification-payment = Pagamento
notification-refund = Reembolso
notification-top-up-settled = Dinheiro recebido
notification-top-up-declined = Recarga não recebida
notification-account-frozen = Conta congelada
notification-account-thawed = Conta descongelada
notification-order-shipped = Pedido enviado
notification-order-delivered = Pedido entregue
notification-order-updated = Novidade no pedido
notification-transfer-received = Dinheiro recebido
notification-transfer-sent = Dinheiro enviado
notification-other = Pocket

## Configurações

settings-email = E-mail
settings-level = Verificação
settings-age = Cliente há
settings-age-days = { $days ->
    [0] menos de 1 dia
    [one] { $days } dia
   *[other] { $days } dias
}
settings-country = País
settings-language = Idioma
settings-change-language = Alterar
settings-change-payment-password = Alterar senha de pagamento
settings-set-payment-password = Criar senha de pagamento
settings-forgot-payment-password = Esqueceu a senha de pagamento?
settings-verify-identity = Verificar sua identidade
settings-support = Ajuda e suporte
settings-change-questions = Alterar perguntas de segurança
settings-sign-out = Sair
settings-sign-out-title = Sair da conta?
settings-sign-out-message = { $pending ->
    [0] Você pode entrar de novo quando quiser.
    [one] { $pending } pagamento ou transferência ainda está esperando para ser enviado. Ele continua salvo e é enviado quando você entrar de novo.
   *[other] { $pending } pagamentos ou transferências ainda estão esperando para ser enviados. Eles continuam salvos e são enviados quando você entrar de novo.
}
settings-sign-out-confirm = Sair
settings-sign-out-everywhere = Sair em todos os dispositivos
settings-sign-out-everywhere-title = Sair em todos os dispositivos?
settings-sign-out-everywhere-message = Todos os celulares e navegadores conectados à sua conta saem dela, inclusive este. Use se perdeu um celular ou se outra pessoa usou.
settings-sign-out-everywhere-confirm = Sair em todos

## Problemas: o que aconteceu (a mensagem), um título e o que fazer (a dica)

problem-unknown = Algo deu errado.
    .title = Algo deu errado
problem-required = Preencha este campo.
problem-missing_field = Preencha este campo.
problem-invalid_email = Digite um endereço de e-mail como maria@example.com.
problem-email_looks_like_another = Este e-mail mistura letras parecidas de alfabetos diferentes. Digite-o de novo usando um só layout de teclado.
problem-password_too_short = Use pelo menos 8 caracteres.
problem-invalid_country = Escolha seu país.
problem-invalid_phone = Digite o número com o código do país, como +55 11 99999-0000.
problem-too_long = Está longo demais; encurte.
problem-too_short = Está curto demais.
problem-too_many_items = Há itens demais aqui.
problem-too_few_items = Adicione pelo menos mais um.
problem-invalid_format = Isso não está no formato esperado.
problem-invalid_choice = Escolha uma das opções.
problem-number_too_large = Este número é grande demais.
problem-number_too_small = Este número é pequeno demais.
problem-invalid_field = Algo neste formulário não está certo.
problem-forbidden_characters = Tem um caractere invisível aqui; digite de novo.
problem-wrong_credentials = O e-mail ou a senha estão incorretos.
    .title = Não foi possível entrar
    .hint = Confira e tente de novo.
problem-unknown_confirmation_token = Esse código não está certo.
    .hint = Confira o código ou peça um novo link.
problem-confirmation_link_expired = Este link expirou: os links valem por 24 horas.
    .title = Link expirado
    .hint = Peça um novo link nesta tela.
problem-needs_sign_in = Entre para continuar.
    .title = Você saiu da conta
problem-offline = Não dá para acessar o Pocket agora, e não há nada salvo neste celular para mostrar.
    .title = Você está off-line
    .hint = Tente de novo quando estiver conectado.
problem-internal = Algo deu errado neste celular.
    .title = Algo deu errado
    .hint = Tente de novo. Se continuar acontecendo, reinicie o app.
problem-will_retry = Sem conexão: ficou salvo e será enviado sozinho.
problem-unknown_link = Este link não pode ser aberto no Pocket.
    .title = Link desconhecido

problem-not_six_digits = Digite os 6 dígitos da sua senha de pagamento.
problem-wrong_length = A senha de pagamento tem 6 dígitos; esta tem { $length }.
problem-password-not_digits = Use só os dígitos de 0 a 9.
problem-sequential_run = Dígitos em sequência são fáceis de adivinhar. Misture-os.
problem-repeated_digits = O mesmo dígito 3 vezes seguidas é fácil de adivinhar.
problem-confirmation_mismatch = As duas não são iguais. Digite os mesmos 6 dígitos duas vezes.
problem-current_password_required = Digite sua senha de pagamento atual.
problem-wrong_payment_password = Essa não é sua senha de pagamento. { $attempts_left ->
    [one] Resta { $attempts_left } tentativa antes de os pagamentos serem bloqueados por um tempo.
   *[other] Restam { $attempts_left } tentativas antes de os pagamentos serem bloqueados por um tempo.
}
    .title = Senha de pagamento errada
problem-payment_password_locked = Senhas de pagamento erradas demais. Os pagamentos estão bloqueados até { $until }.
    .title = Pagamentos bloqueados
    .hint = Espere até lá ou crie uma nova agora: Configurações, "Esqueceu a senha de pagamento?".
problem-payment_password_not_set = Crie primeiro uma senha de pagamento: todo pagamento é confirmado com ela.
    .title = Sem senha de pagamento
problem-reference_required = Informe de qual recarga ou pagamento se trata.
problem-top_up_arrived = Esta recarga já caiu no seu saldo.
problem-order_not_paid = Este pedido nunca foi pago, então não há pagamento para analisar.
problem-document_required = Adicione seu documento de identidade: o suporte confere se é você mesmo.
problem-case_closed = Esta solicitação está encerrada.
problem-account_frozen = Sua conta está congelada e nenhum dinheiro pode sair dela. Escreva para o suporte para saber por quê e o que fazer.
problem-action-verify = Verificar sua identidade
problem-action-open = Abrir
problem-choose_document = Escolha um documento.
problem-invalid_document_number = Digite o número do documento como está impresso nele.
problem-verification_pending = Seu documento já está aguardando análise. Avisaremos assim que for analisado.
problem-already_verified = Sua identidade já está verificada.
problem-email_not_confirmed = Confirme seu e-mail primeiro.
problem-answer_every_question = Responda a todas as perguntas.
problem-wrong_security_answers = Pelo menos uma resposta não está certa. { $attempts_left ->
    [one] Resta { $attempts_left } tentativa antes de a recuperação ser pausada por um tempo.
   *[other] Restam { $attempts_left } tentativas antes de a recuperação ser pausada por um tempo.
}
    .title = Resposta errada
    .hint = Maiúsculas, minúsculas e espaços extras não importam.
problem-security_answers_locked = Respostas erradas demais. A recuperação está pausada até { $until }.
    .title = Recuperação pausada
problem-security_questions_not_set = Você não tem perguntas de segurança para responder, então sua senha de pagamento não pode ser recuperada por e-mail.
    .title = Sem perguntas de segurança
problem-unknown_recovery_link = Esse código não está certo.
    .hint = Confira o código ou peça um novo link.
problem-recovery_link_used = Este link já foi usado.
    .title = Link já usado
    .hint = Peça um novo link nesta tela.
problem-recovery_link_replaced = Um link mais novo foi enviado depois deste.
    .title = Link antigo
    .hint = Abra o e-mail mais recente.
problem-recovery_link_expired = Este link expirou: os links valem por 30 minutos.
    .title = Link expirado
    .hint = Peça um novo link nesta tela.
problem-recovery_link_cooldown = Um link acabou de ser enviado. Abra o e-mail mais recente ou peça de novo em { $until }.
problem-sign_in_to_open_link = Entre primeiro e depois abra o link de novo.
    .title = Você saiu da conta
problem-too_few_questions = Responda pelo menos { $min } perguntas.
problem-duplicate_question = "{ $question }" foi escolhida duas vezes. Escolha perguntas diferentes.
problem-empty_answer = Responda "{ $question }".

problem-invalid_length = Um número de cartão tem de 12 a 19 dígitos; este tem { $digits }.
problem-number-not_digits = Use só dígitos (espaços podem).
problem-failed_checksum = Este número de cartão não é válido. Veja se tem algum erro de digitação.
problem-unsupported_brand = Esta bandeira de cartão não é aceita. Use Visa, Mastercard, American Express, Discover, JCB, UnionPay ou Mir.
problem-bad_expiry_format = Escreva a validade como MM/AA, como no cartão.
problem-bad_expiry_month = { $month } não é um mês. Use de 01 a 12.
problem-expired = Este cartão venceu no fim de { $expiry }. Use outro cartão.
problem-too_many_cards = Você tem { $max_cards } cartões salvos, o máximo que o Pocket permite. Remova um primeiro ou deixe "Salvar" desmarcado.
    .title = Cartões demais
problem-card_declined = Seu banco recusou este cartão.
    .title = Cartão recusado
    .hint = Nada foi cobrado. Tente outro cartão ou seu saldo.
problem-card_insufficient_funds = O cartão não tem dinheiro suficiente.
    .title = Cartão recusado
    .hint = Nada foi cobrado. Tente outro cartão ou seu saldo.
problem-card_required = Escolha um cartão.
problem-card_not_used = Um cartão só serve para adicionar dinheiro por cartão.
problem-one_time_code_required = Digite o código que seu banco enviou por SMS.
problem-wrong_one_time_code = Esse código não está certo. { $attempts_left ->
    [one] Resta { $attempts_left } tentativa para este código.
   *[other] Restam { $attempts_left } tentativas para este código.
}
problem-one_time_code_void = Códigos errados demais: este não vale mais. Toque em "Enviar um novo código".
problem-one_time_code_expired = Esse código expirou ou um mais novo foi enviado. Toque em "Enviar um novo código".
problem-one_time_code_cooldown = Um novo código pode ser enviado em { $until }.
problem-too_many_one_time_codes = Foram enviados códigos demais na última hora. Um novo pode ser enviado em { $until }.
problem-unsaved_card_used = Um cartão que você escolheu não salvar paga uma vez só. Adicione-o de novo, ou salve-o, para pagar com ele.
problem-too_many_login_attempts = Senhas erradas demais. Tente de novo em { $until }.
    .title = Espere um pouco
problem-login_locked = Senhas erradas demais: a entrada nesta conta está pausada até { $until }.
    .title = Entrada pausada
problem-invalid_code = Digite os dígitos do código do SMS.
problem-code_still_required = Digite o código do último SMS.
problem-not_waiting_for_code = Isto não precisa mais de código.
problem-unknown_action = Este pagamento não está mais neste celular.

problem-choose_rail = Escolha como adicionar dinheiro.
problem-provider_required = Escolha sua carteira digital.
problem-below_minimum = Recargas por { $rail } começam em { $minimum }.
problem-below_rail_minimum = Está abaixo do mínimo para esta forma de adicionar dinheiro.
problem-above_maximum = Recargas por { $rail } podem ser de no máximo { $maximum }. Divida o valor ou escolha outra forma.
problem-above_rail_maximum = Está acima do máximo para esta forma de adicionar dinheiro.
problem-monthly_cap_reached = Por { $rail } dá para adicionar { $cap } a cada 30 dias; agora restam { $left }.
    .title = Teto mensal atingido
problem-rail_monthly_cap = Esta forma de adicionar dinheiro atingiu o teto mensal.
    .title = Teto mensal atingido
problem-top_up_not_pending = Esta recarga já foi creditada.

problem-not_a_number = "{ $text }" não é um valor. Digite um número como 12,50.
problem-too_many_decimals = { $currency } tem no máximo { $decimals } casas decimais.
problem-negative = Valores não podem ser menores que zero.
problem-not_positive = Digite um valor maior que zero.
problem-too_large = É mais do que o Pocket consegue processar: no máximo { $max } { $currency }.
problem-unknown_currency = { $code } não é uma moeda aceita pelo Pocket.
problem-invalid_amount = Esse valor não é válido.
problem-currency_mismatch = Esses valores estão em moedas diferentes.
problem-would_go_negative = É mais do que existe.
problem-invalid_rate = A cotação não está disponível agora.
problem-insufficient_funds = Seu saldo não é suficiente para isso.
    .title = Dinheiro insuficiente
    .hint = Adicione dinheiro ou pague de outro jeito.

problem-per_payment = { $amount } passa do limite de { $ceiling } por pagamento ({ $method }).
    .title = Acima do seu limite
    .hint = Pague menos de uma vez ou aumente seu limite.
problem-per_day = { $amount } passa do que você pode gastar em 24 horas ({ $method }). Agora você pode gastar { $left }.
    .title = Acima do seu limite diário
problem-per_month = { $amount } passa do que você pode gastar em 30 dias ({ $method }). Agora você pode gastar { $left }.
    .title = Acima do seu limite mensal

problem-parcel_not_eligible = O Pocket não pode pagar uma encomenda deste pedido.
    .title = O Pocket não pode pagar esta encomenda
    .hint = Altere os itens e tente de novo.
problem-empty_cart = Seu carrinho está vazio.
problem-invalid_cart = Algo no seu carrinho não é válido. Confira e tente de novo.
problem-invalid_quantity = Escolha uma quantidade de pelo menos 1.
problem-unknown_product = Um produto não está mais à venda. Tire-o do carrinho.
problem-unknown_option = Uma opção escolhida não é mais oferecida. Escolha de novo.
problem-option_required = Escolha todas as opções do produto.
problem-unknown_coupon = Este cupom não existe.
problem-coupon_expired = Este cupom expirou.
problem-coupon_used = Você já usou este cupom.
problem-coupon_minimum = O pedido é pequeno demais para este cupom.
problem-choose_source = Escolha como pagar.
problem-payment_not_sent = O pagamento não foi feito e nada foi cobrado.
    .title = Não pago
    .hint = Tente de novo.
problem-already_paid = Este pedido já está pago. Não dá para pagar duas vezes.
    .title = Já pago
problem-illegal_transition = Não dá para fazer isso com este pedido agora.
    .title = Não é possível agora
problem-protection_ended = A proteção ao comprador deste pedido terminou.
    .title = Proteção encerrada
problem-protection_not_ended = A proteção ao comprador deste pedido ainda não terminou.
problem-refund_exceeds_paid = Um reembolso não pode ser maior do que o valor pago.
problem-missing_tracking_number = O pedido ainda não tem código de rastreio.

problem-unknown_recipient = Não existe conta no Pocket com este e-mail.
problem-transfer_to_self = Você não pode enviar dinheiro para si mesmo.
problem-unsupported_language = O Pocket ainda não fala esse idioma.
problem-not_found = Isto não está mais aqui.
    .title = Não encontrado
problem-unknown_route = Esta versão do app pediu algo que o serviço não conhece.
    .title = Atualize o app
problem-idempotency_key_reused = Isto já foi enviado com outros dados.
problem-missing_idempotency_key = Esta solicitação precisa de uma chave para ser enviado com segurança.
problem-invalid_idempotency_key = A chave desta solicitação não é válida.
problem-malformed_json = O app enviou algo que o serviço não consegue ler.
problem-unreadable_body = O app enviou algo que o serviço não consegue ler.
problem-body_too_large = É coisa demais para enviar de uma vez.
problem-not_a_boleto = Essa recarga não é um Boleto.
problem-step_too_large = O relógio de teste não pode avançar tanto.

## Opening failed

opening-failed-title = O Pocket não conseguiu iniciar
opening-failed-message = O Pocket não conseguiu abrir os dados salvos nem o chaveiro do seu celular. Desbloqueie o celular, libere espaço e tente de novo.
opening-failed-detail = Detalhes para o suporte: { $detail }
opening-failed-retry = Tentar de novo
