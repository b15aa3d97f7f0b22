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

    /// The choices with `id` marked as the chosen one (the pick is the shopper's until submitted).
    private func marked(_ choices: [ChoiceView], _ id: String) -> [ChoiceView] {
        choices.map { choice in
            var copy = choice
            copy.selected = choice.id == id
            return copy
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
                let chosenDocument = document ?? details.documents.first(where: { $0.selected })?.id ?? ""
                let chosenCountry = country ?? details.countries.first(where: { $0.selected })?.id ?? ""
                Panel(title: details.documentLabel) {
                    if let error = details.documentError { ErrorText(error, tag: "verification.document.error") }
                    ChoiceList(choices: marked(details.documents, chosenDocument), tag: "verification.document") { document = $0.id }
                }
                PocketField(field: details.number, text: text($form, "number", details.number), tag: "verification.number")
                Panel(title: details.countryLabel) {
                    if let error = details.countryError { ErrorText(error, tag: "verification.country.error") }
                    ChoiceList(choices: marked(details.countries, chosenCountry), tag: "verification.country") { country = $0.id }
                }
                PocketField(field: details.name, text: text($form, "name", details.name), tag: "verification.name")
                PocketButton(button: details.submit, tag: "verification.submit") {
                    let input = VerificationInput(
                        documentType: chosenDocument,
                        documentNumber: form.value("number", details.number),
                        issuingCountry: chosenCountry,
                        nameOnDocument: form.value("name", details.name)
                    )
                    send(UiEvent.verification(event: VerificationEvent.submit(input: input)))
                }
            }
        }
    }

    /// The choices with `id` marked as the chosen one (the pick is the shopper's until submitted).
    private func marked(_ choices: [ChoiceView], _ id: String) -> [ChoiceView] {
        choices.map { choice in
            var copy = choice
            copy.selected = choice.id == id
            return copy
        }
    }
}
