import PocketCore
import SwiftUI

struct WelcomeScreen: View {
    let view: WelcomeView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Welcome") {
            Text(view.tagline).font(.title2)
            ForEach(view.points, id: \.self) { Text($0) }
            PocketButton(button: view.signUp, tag: "welcome.signUp") { send(UiEvent.open(destination: Destination.signUp)) }
            PocketButton(button: view.signIn, tag: "welcome.signIn", primary: false) { send(UiEvent.open(destination: Destination.signIn)) }
        }
    }
}

struct SignUpScreen: View {
    let view: SignUpView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()
    @State private var country: String?
    @State private var language: String?

    private var chosenCountry: String { country ?? view.countries.first(where: { $0.selected })?.id ?? "" }
    private var chosenLanguage: String { language ?? view.languages.first(where: { $0.selected })?.id ?? "" }

    var body: some View {
        ScreenColumn(name: "SignUp") {
            Text(view.intro)
            PocketField(field: view.email, text: text($form, "email", view.email), tag: "signUp.email")
            PocketField(field: view.password, text: text($form, "password", view.password), tag: "signUp.password")
            PocketField(field: view.givenName, text: text($form, "givenName", view.givenName), tag: "signUp.givenName")
            PocketField(field: view.familyName, text: text($form, "familyName", view.familyName), tag: "signUp.familyName")
            PocketField(field: view.address, text: text($form, "address", view.address), tag: "signUp.address")
            PocketField(field: view.phone, text: text($form, "phone", view.phone), tag: "signUp.phone")
            PocketField(field: view.nationalId, text: text($form, "nationalId", view.nationalId), tag: "signUp.nationalId")
            Panel(title: view.countryLabel) {
                if let error = view.countryError { ErrorText(error, tag: "signUp.country.error") }
                ChoiceList(choices: marked(view.countries, chosenCountry), tag: "signUp.country") { country = $0.id }
            }
            Panel(title: view.languageLabel) {
                ChoiceList(choices: marked(view.languages, chosenLanguage), tag: "signUp.language") { language = $0.id }
            }
            PocketButton(button: view.submit, tag: "signUp.submit") {
                let input = SignUpInput(
                    email: form.value("email", view.email),
                    password: form.value("password", view.password),
                    givenName: form.value("givenName", view.givenName),
                    familyName: form.value("familyName", view.familyName),
                    address: form.value("address", view.address),
                    phone: form.value("phone", view.phone),
                    nationalId: form.value("nationalId", view.nationalId),
                    country: chosenCountry,
                    language: chosenLanguage
                )
                send(UiEvent.signUp(event: SignUpEvent.submit(input: input)))
            }
            PocketTextButton(button: view.signInInstead, tag: "signUp.signIn") { send(UiEvent.open(destination: Destination.signIn)) }
        }
    }
}

struct CheckEmailScreen: View {
    let view: CheckEmailView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "CheckEmail") {
            Text(view.message)
            if let expires = view.expires { Note(expires) }
            PocketField(field: view.code, text: text($form, "code", view.code), tag: "checkEmail.code")
            PocketButton(button: view.confirm, tag: "checkEmail.confirm") {
                send(UiEvent.checkEmail(event: CheckEmailEvent.confirm(code: form.value("code", view.code))))
            }
            PocketButton(button: view.resend, tag: "checkEmail.resend", primary: false) { send(UiEvent.checkEmail(event: CheckEmailEvent.resend)) }
            if let resent = view.resent { Note(resent, tag: "checkEmail.resent") }
            PocketTextButton(button: view.signOut, tag: "checkEmail.signOut") { send(UiEvent.checkEmail(event: CheckEmailEvent.signOut)) }
        }
    }
}

struct SignInScreen: View {
    let view: SignInView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "SignIn") {
            PocketField(field: view.email, text: text($form, "email", view.email), tag: "signIn.email")
            PocketField(field: view.password, text: text($form, "password", view.password), tag: "signIn.password")
            PocketButton(button: view.submit, tag: "signIn.submit") {
                send(UiEvent.signIn(event: SignInEvent.submit(email: form.value("email", view.email), password: form.value("password", view.password))))
            }
            PocketTextButton(button: view.signUpInstead, tag: "signIn.signUp") { send(UiEvent.open(destination: Destination.signUp)) }
            PocketTextButton(button: view.forgotPassword, tag: "signIn.forgotPassword") {
                send(UiEvent.signIn(event: SignInEvent.forgotPassword(email: form.value("email", view.email))))
            }
        }
    }
}

struct ResetPasswordScreen: View {
    let view: ResetPasswordView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "ResetPassword") {
            Text(view.intro)
            if let email = view.email {
                PocketField(field: email, text: text($form, "email", email), tag: "resetPassword.email")
            }
            if let sendLink = view.sendLink {
                PocketButton(button: sendLink, tag: "resetPassword.sendLink", primary: view.sent == nil) {
                    let email = view.email.map { form.value("email", $0) } ?? ""
                    send(UiEvent.resetPassword(event: ResetPasswordEvent.sendLink(email: email)))
                }
            }
            if let sent = view.sent { Note(sent, tag: "resetPassword.sent") }
            if let code = view.code {
                PocketField(field: code, text: text($form, "code", code), tag: "resetPassword.code")
            }
            if let password = view.password {
                PocketField(field: password, text: text($form, "password", password), tag: "resetPassword.password")
            }
            if let submit = view.submit {
                PocketButton(button: submit, tag: "resetPassword.submit") {
                    let code = view.code.map { form.value("code", $0) }
                    let password = view.password.map { form.value("password", $0) } ?? ""
                    send(UiEvent.resetPassword(event: ResetPasswordEvent.submit(code: code, password: password)))
                }
            }
        }
    }
}

struct RecoverPaymentPasswordScreen: View {
    let view: RecoverPaymentPasswordView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "RecoverPaymentPassword") {
            Text(view.intro)
            if let sendLink = view.sendLink {
                PocketButton(button: sendLink, tag: "recoverPayment.sendLink", primary: view.sent == nil) {
                    send(UiEvent.recoverPaymentPassword(event: RecoverPaymentPasswordEvent.sendLink))
                }
            }
            if let sent = view.sent { Note(sent, tag: "recoverPayment.sent") }
            if let code = view.code {
                PocketField(field: code, text: text($form, "code", code), tag: "recoverPayment.code")
            }
            ForEach(Array(view.answers.enumerated()), id: \.offset) { index, answer in
                PocketField(field: answer, text: text($form, "answer.\(index)", answer), tag: "recoverPayment.answer.\(index)")
            }
            if let error = view.answersError { ErrorText(error, tag: "recoverPayment.answers.error") }
            if let password = view.password {
                PocketField(field: password, text: text($form, "password", password), tag: "recoverPayment.password")
            }
            if let confirmation = view.confirmation {
                PocketField(field: confirmation, text: text($form, "confirmation", confirmation), tag: "recoverPayment.confirmation")
            }
            if let submit = view.submit {
                PocketButton(button: submit, tag: "recoverPayment.submit") {
                    let event = RecoverPaymentPasswordEvent.submit(
                        code: view.code.map { form.value("code", $0) },
                        answers: view.answers.indices.map { form.value("answer.\($0)", view.answers[$0]) },
                        password: view.password.map { form.value("password", $0) } ?? "",
                        confirmation: view.confirmation.map { form.value("confirmation", $0) } ?? ""
                    )
                    send(UiEvent.recoverPaymentPassword(event: event))
                }
            }
            PocketTextButton(button: view.contactSupport, tag: "recoverPayment.contactSupport") {
                send(UiEvent.support(event: SupportEvent.forgotSecurityAnswers))
            }
        }
    }
}

struct PaymentPasswordScreen: View {
    let view: PaymentPasswordView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "PaymentPassword") {
            Text(view.intro)
            Panel(title: nil) { ForEach(view.rules, id: \.self) { Note($0) } }
            if let current = view.current {
                PocketField(field: current, text: text($form, "current", current), tag: "paymentPassword.current")
            }
            PocketField(field: view.password, text: text($form, "password", view.password), tag: "paymentPassword.password")
            PocketField(field: view.confirmation, text: text($form, "confirmation", view.confirmation), tag: "paymentPassword.confirmation")
            PocketButton(button: view.submit, tag: "paymentPassword.submit") {
                let current = view.current.map { form.value("current", $0) }
                let event = PaymentPasswordEvent.submit(
                    current: current,
                    password: form.value("password", view.password),
                    confirmation: form.value("confirmation", view.confirmation)
                )
                send(UiEvent.paymentPassword(event: event))
            }
        }
    }
}

struct SecurityQuestionsScreen: View {
    let view: SecurityQuestionsView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "SecurityQuestions") {
            Text(view.intro)
            ForEach(Array(view.slots.enumerated()), id: \.offset) { slot, question in
                Panel(title: question.label, tag: "questions.slot.\(slot)") {
                    ChoiceList(choices: question.choices, tag: "questions.slot.\(slot).choice") { choice in
                        send(UiEvent.securityQuestions(event: SecurityQuestionsEvent.chooseQuestion(slot: UInt32(slot), questionId: choice.id)))
                    }
                    PocketField(field: question.answer, text: text($form, "answer.\(slot)", question.answer), tag: "questions.answer.\(slot)")
                }
            }
            if let error = view.error { ErrorText(error, tag: "questions.error") }
            PocketButton(button: view.submit, tag: "questions.submit") {
                let answers = view.slots.indices.map { form.value("answer.\($0)", view.slots[$0].answer) }
                send(UiEvent.securityQuestions(event: SecurityQuestionsEvent.submit(answers: answers)))
            }
        }
    }
}

/// The identity document's fields; the picks are the shopper's until submitted.
struct DocumentFields: View {
    let fields: DocumentFieldsView
    let tag: String
    @Binding var form: FormTexts
    @Binding var document: String?
    @Binding var country: String?

    var chosenDocument: String { document ?? fields.documents.first(where: { $0.selected })?.id ?? "" }
    var chosenCountry: String { country ?? fields.countries.first(where: { $0.selected })?.id ?? "" }

    var body: some View {
        Panel(title: fields.documentLabel) {
            if let error = fields.documentError { ErrorText(error, tag: "\(tag).document.error") }
            ChoiceList(choices: marked(fields.documents, chosenDocument), tag: "\(tag).document") { document = $0.id }
        }
        PocketField(field: fields.number, text: text($form, "number", fields.number), tag: "\(tag).number")
        Panel(title: fields.countryLabel) {
            if let error = fields.countryError { ErrorText(error, tag: "\(tag).country.error") }
            ChoiceList(choices: marked(fields.countries, chosenCountry), tag: "\(tag).country") { country = $0.id }
        }
        PocketField(field: fields.name, text: text($form, "name", fields.name), tag: "\(tag).name")
    }

    /// The document as typed, for the event that submits it.
    func input(_ form: FormTexts) -> DocumentInput {
        DocumentInput(
            documentType: chosenDocument,
            documentNumber: form.value("number", fields.number),
            issuingCountry: chosenCountry,
            nameOnDocument: form.value("name", fields.name)
        )
    }
}

struct VerificationScreen: View {
    let view: VerificationView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()
    @State private var document: String?
    @State private var country: String?

    var body: some View {
        ScreenColumn(name: "Verification") {
            Text(view.intro)
            if view.loading { ProgressView() }
            if let status = view.status { Note(status, tag: "verification.status") }
            if let details = view.form {
                let fields = DocumentFields(fields: details.document, tag: "verification", form: $form, document: $document, country: $country)
                fields
                PocketButton(button: details.submit, tag: "verification.submit") {
                    send(UiEvent.verification(event: VerificationEvent.submit(input: fields.input(form))))
                }
            }
        }
    }
}

struct SupportScreen: View {
    let view: SupportView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Support") {
            Text(view.intro)
            if view.loading { ProgressView() }
            if let empty = view.empty { Note(empty, tag: "support.empty") }
            ForEach(view.cases, id: \.id) { supportCase in
                Panel(title: supportCase.title, tag: "support.case.\(supportCase.id)") {
                    Text(supportCase.status).font(.subheadline)
                    Note("\(supportCase.date) · \(supportCase.lastMessage)")
                    PocketTextButton(button: ButtonView(label: view.openCase, enabled: true, busy: false), tag: "support.case.\(supportCase.id).open") {
                        send(UiEvent.support(event: SupportEvent.openCase(caseId: supportCase.id)))
                    }
                }
            }
            PocketButton(button: view.newCase, tag: "support.newCase") { send(UiEvent.support(event: SupportEvent.newCase)) }
        }
    }
}

struct SupportCaseScreen: View {
    let view: SupportCaseView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "SupportCase") {
            Text(view.status).font(.headline).accessibilityIdentifier("supportCase.status")
            if !view.attached.isEmpty { Lines(lines: view.attached, tag: "supportCase.attached") }
            ForEach(Array(view.messages.enumerated()), id: \.offset) { index, message in
                Panel(title: message.author, tag: "supportCase.message.\(index)") {
                    Text(message.body)
                    Note(message.date)
                }
            }
            PocketField(field: view.reply, text: text($form, "reply", view.reply), tag: "supportCase.reply")
            PocketButton(button: view.send, tag: "supportCase.send") {
                send(UiEvent.support(event: SupportEvent.write(caseId: view.id, message: form.value("reply", view.reply))))
            }
        }
    }
}

struct NewSupportCaseScreen: View {
    let view: NewSupportCaseView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()
    @State private var document: String?
    @State private var country: String?

    var body: some View {
        ScreenColumn(name: "NewSupportCase") {
            if let about = view.about { Text(about).accessibilityIdentifier("newCase.about") }
            if !view.topics.isEmpty {
                ChoiceList(choices: view.topics, tag: "newCase.topic") { choice in
                    send(UiEvent.support(event: SupportEvent.chooseTopic(topicId: choice.id)))
                }
            }
            PocketField(field: view.message, text: text($form, "message", view.message), tag: "newCase.message")
            let fields = view.document.map {
                DocumentFields(fields: $0, tag: "newCase", form: $form, document: $document, country: $country)
            }
            if let fields { fields }
            PocketButton(button: view.submit, tag: "newCase.submit") {
                let event = SupportEvent.submit(message: form.value("message", view.message), document: fields?.input(form))
                send(UiEvent.support(event: event))
            }
        }
    }
}

/// `choices` with `id` marked as the chosen one (the pick is the shopper's until submitted).
private func marked(_ choices: [ChoiceView], _ id: String) -> [ChoiceView] {
    choices.map { choice in
        var copy = choice
        copy.selected = choice.id == id
        return copy
    }
}
