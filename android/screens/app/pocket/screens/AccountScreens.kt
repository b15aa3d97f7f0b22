package app.pocket.screens

import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.MutableState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import app.pocket.core.CheckEmailEvent
import app.pocket.core.CheckEmailView
import app.pocket.core.Destination
import app.pocket.core.PaymentPasswordEvent
import app.pocket.core.PaymentPasswordView
import app.pocket.core.RecoverPaymentPasswordEvent
import app.pocket.core.RecoverPaymentPasswordView
import app.pocket.core.ResetPasswordEvent
import app.pocket.core.ResetPasswordView
import app.pocket.core.SecurityQuestionsEvent
import app.pocket.core.SecurityQuestionsView
import app.pocket.core.SignInEvent
import app.pocket.core.SignInView
import app.pocket.core.SignUpEvent
import app.pocket.core.SignUpInput
import app.pocket.core.SignUpView
import app.pocket.core.UiEvent
import app.pocket.core.VerificationEvent
import app.pocket.core.ButtonView
import app.pocket.core.DocumentFieldsView
import app.pocket.core.DocumentInput
import app.pocket.core.NewSupportCaseView
import app.pocket.core.SupportCaseView
import app.pocket.core.SupportEvent
import app.pocket.core.SupportView
import app.pocket.core.VerificationView
import app.pocket.core.WelcomeView

@Composable
fun WelcomeScreen(view: WelcomeView, send: (UiEvent) -> Unit) = ScreenColumn("Welcome") {
    Text(view.tagline, style = MaterialTheme.typography.headlineSmall)
    view.points.forEach { Text(it, style = MaterialTheme.typography.bodyLarge) }
    Gap()
    PocketButton(view.signUp, "welcome.signUp") { send(UiEvent.Open(Destination.SIGN_UP)) }
    PocketButton(view.signIn, "welcome.signIn", primary = false) { send(UiEvent.Open(Destination.SIGN_IN)) }
}

@Composable
fun SignUpScreen(view: SignUpView, send: (UiEvent) -> Unit) = ScreenColumn("SignUp") {
    Text(view.intro)
    val email = rememberFieldText(view.email)
    val password = rememberFieldText(view.password)
    val givenName = rememberFieldText(view.givenName)
    val familyName = rememberFieldText(view.familyName)
    val address = rememberFieldText(view.address)
    val phone = rememberFieldText(view.phone)
    val nationalId = rememberFieldText(view.nationalId)
    var country by rememberSaveable(view.countries) { mutableStateOf(view.countries.firstOrNull { it.selected }?.id ?: "") }
    var language by rememberSaveable(view.languages) { mutableStateOf(view.languages.firstOrNull { it.selected }?.id ?: "") }
    PocketField(view.email, email, "signUp.email")
    PocketField(view.password, password, "signUp.password")
    PocketField(view.givenName, givenName, "signUp.givenName")
    PocketField(view.familyName, familyName, "signUp.familyName")
    PocketField(view.address, address, "signUp.address")
    PocketField(view.phone, phone, "signUp.phone")
    PocketField(view.nationalId, nationalId, "signUp.nationalId")
    Section(view.countryLabel) {
        view.countryError?.let { ErrorText(it, "signUp.country.error") }
        ChoiceList(view.countries.map { it.copy(selected = it.id == country) }, "signUp.country") { country = it.id }
    }
    Section(view.languageLabel) {
        ChoiceList(view.languages.map { it.copy(selected = it.id == language) }, "signUp.language") { language = it.id }
    }
    PocketButton(view.submit, "signUp.submit") {
        val input = SignUpInput(
            email.value, password.value, givenName.value, familyName.value, address.value, phone.value,
            nationalId.value, country, language,
        )
        send(UiEvent.SignUp(SignUpEvent.Submit(input)))
    }
    PocketTextButton(view.signInInstead, "signUp.signIn") { send(UiEvent.Open(Destination.SIGN_IN)) }
}

@Composable
fun CheckEmailScreen(view: CheckEmailView, send: (UiEvent) -> Unit) = ScreenColumn("CheckEmail") {
    Text(view.message, style = MaterialTheme.typography.bodyLarge)
    view.expires?.let { Note(it) }
    val code = rememberFieldText(view.code)
    PocketField(view.code, code, "checkEmail.code")
    PocketButton(view.confirm, "checkEmail.confirm") { send(UiEvent.CheckEmail(CheckEmailEvent.Confirm(code.value))) }
    PocketButton(view.resend, "checkEmail.resend", primary = false) { send(UiEvent.CheckEmail(CheckEmailEvent.Resend)) }
    view.resent?.let { Note(it, "checkEmail.resent") }
    PocketTextButton(view.signOut, "checkEmail.signOut") { send(UiEvent.CheckEmail(CheckEmailEvent.SignOut)) }
}

@Composable
fun SignInScreen(view: SignInView, send: (UiEvent) -> Unit) = ScreenColumn("SignIn") {
    val email = rememberFieldText(view.email)
    val password = rememberFieldText(view.password)
    PocketField(view.email, email, "signIn.email")
    PocketField(view.password, password, "signIn.password")
    PocketButton(view.submit, "signIn.submit") { send(UiEvent.SignIn(SignInEvent.Submit(email.value, password.value))) }
    PocketTextButton(view.signUpInstead, "signIn.signUp") { send(UiEvent.Open(Destination.SIGN_UP)) }
    PocketTextButton(view.forgotPassword, "signIn.forgotPassword") {
        send(UiEvent.SignIn(SignInEvent.ForgotPassword(email.value)))
    }
}

@Composable
fun ResetPasswordScreen(view: ResetPasswordView, send: (UiEvent) -> Unit) = ScreenColumn("ResetPassword") {
    Text(view.intro)
    val email = view.email?.let { rememberFieldText(it) }
    if (view.email != null && email != null) PocketField(view.email!!, email, "resetPassword.email")
    view.sendLink?.let { button ->
        PocketButton(button, "resetPassword.sendLink", primary = view.sent == null) {
            send(UiEvent.ResetPassword(ResetPasswordEvent.SendLink(email?.value ?: "")))
        }
    }
    view.sent?.let { Note(it, "resetPassword.sent") }
    val code = view.code?.let { rememberFieldText(it) }
    val password = view.password?.let { rememberFieldText(it) }
    if (view.code != null && code != null) PocketField(view.code!!, code, "resetPassword.code")
    if (view.password != null && password != null) PocketField(view.password!!, password, "resetPassword.password")
    view.submit?.let { submit ->
        PocketButton(submit, "resetPassword.submit") {
            send(UiEvent.ResetPassword(ResetPasswordEvent.Submit(code?.value, password?.value ?: "")))
        }
    }
}

@Composable
fun RecoverPaymentPasswordScreen(view: RecoverPaymentPasswordView, send: (UiEvent) -> Unit) =
    ScreenColumn("RecoverPaymentPassword") {
        Text(view.intro)
        view.sendLink?.let { button ->
            PocketButton(button, "recoverPayment.sendLink", primary = view.sent == null) {
                send(UiEvent.RecoverPaymentPassword(RecoverPaymentPasswordEvent.SendLink))
            }
        }
        view.sent?.let { Note(it, "recoverPayment.sent") }
        val code = view.code?.let { rememberFieldText(it) }
        if (view.code != null && code != null) PocketField(view.code!!, code, "recoverPayment.code")
        val answers = view.answers.map { rememberFieldText(it) }
        view.answers.forEachIndexed { index, field -> PocketField(field, answers[index], "recoverPayment.answer.$index") }
        view.answersError?.let { ErrorText(it, "recoverPayment.answers.error") }
        val password = view.password?.let { rememberFieldText(it) }
        val confirmation = view.confirmation?.let { rememberFieldText(it) }
        if (view.password != null && password != null) PocketField(view.password!!, password, "recoverPayment.password")
        if (view.confirmation != null && confirmation != null) {
            PocketField(view.confirmation!!, confirmation, "recoverPayment.confirmation")
        }
        view.submit?.let { submit ->
            PocketButton(submit, "recoverPayment.submit") {
                val event = RecoverPaymentPasswordEvent.Submit(
                    code?.value, answers.map { it.value }, password?.value ?: "", confirmation?.value ?: "",
                )
                send(UiEvent.RecoverPaymentPassword(event))
            }
        }
        PocketTextButton(view.contactSupport, "recoverPayment.contactSupport") {
            send(UiEvent.Support(SupportEvent.ForgotSecurityAnswers))
        }
    }

@Composable
fun PaymentPasswordScreen(view: PaymentPasswordView, send: (UiEvent) -> Unit) = ScreenColumn("PaymentPassword") {
    Text(view.intro)
    Section(null) { view.rules.forEach { Note(it) } }
    val current = view.current?.let { rememberFieldText(it) }
    val password = rememberFieldText(view.password)
    val confirmation = rememberFieldText(view.confirmation)
    if (view.current != null && current != null) PocketField(view.current!!, current, "paymentPassword.current")
    PocketField(view.password, password, "paymentPassword.password")
    PocketField(view.confirmation, confirmation, "paymentPassword.confirmation")
    PocketButton(view.submit, "paymentPassword.submit") {
        send(UiEvent.PaymentPassword(PaymentPasswordEvent.Submit(current?.value, password.value, confirmation.value)))
    }
}

@Composable
fun SecurityQuestionsScreen(view: SecurityQuestionsView, send: (UiEvent) -> Unit) = ScreenColumn("SecurityQuestions") {
    Text(view.intro)
    val answers = view.slots.map { rememberFieldText(it.answer) }
    view.slots.forEachIndexed { slot, question ->
        Section(question.label, "questions.slot.$slot") {
            ChoiceList(question.choices, "questions.slot.$slot.choice") {
                send(UiEvent.SecurityQuestions(SecurityQuestionsEvent.ChooseQuestion(slot.toUInt(), it.id)))
            }
            PocketField(question.answer, answers[slot], "questions.answer.$slot")
        }
    }
    view.error?.let { ErrorText(it, "questions.error") }
    PocketButton(view.submit, "questions.submit") {
        send(UiEvent.SecurityQuestions(SecurityQuestionsEvent.Submit(answers.map { it.value })))
    }
}

/** The identity document's fields; [document] and [country] hold the shopper's picks until submitted. */
@Composable
fun DocumentFields(
    fields: DocumentFieldsView,
    number: MutableState<String>,
    name: MutableState<String>,
    document: MutableState<String>,
    country: MutableState<String>,
    tag: String,
) {
    Section(fields.documentLabel) {
        fields.documentError?.let { ErrorText(it, "$tag.document.error") }
        ChoiceList(fields.documents.map { it.copy(selected = it.id == document.value) }, "$tag.document") { document.value = it.id }
    }
    PocketField(fields.number, number, "$tag.number")
    Section(fields.countryLabel) {
        fields.countryError?.let { ErrorText(it, "$tag.country.error") }
        ChoiceList(fields.countries.map { it.copy(selected = it.id == country.value) }, "$tag.country") { country.value = it.id }
    }
    PocketField(fields.name, name, "$tag.name")
}

/** The state behind [DocumentFields], starting from what the view has chosen. */
@Composable
fun rememberDocumentChoices(fields: DocumentFieldsView): Pair<MutableState<String>, MutableState<String>> {
    val document = rememberSaveable(fields.documents) { mutableStateOf(fields.documents.firstOrNull { it.selected }?.id ?: "") }
    val country = rememberSaveable(fields.countries) { mutableStateOf(fields.countries.firstOrNull { it.selected }?.id ?: "") }
    return document to country
}

@Composable
fun VerificationScreen(view: VerificationView, send: (UiEvent) -> Unit) = ScreenColumn("Verification") {
    Text(view.intro)
    if (view.loading) CircularProgressIndicator()
    view.status?.let { Note(it, "verification.status") }
    view.form?.let { form ->
        val number = rememberFieldText(form.document.number)
        val name = rememberFieldText(form.document.name)
        val (document, country) = rememberDocumentChoices(form.document)
        DocumentFields(form.document, number, name, document, country, "verification")
        PocketButton(form.submit, "verification.submit") {
            send(UiEvent.Verification(VerificationEvent.Submit(DocumentInput(document.value, number.value, country.value, name.value))))
        }
    }
}

@Composable
fun SupportScreen(view: SupportView, send: (UiEvent) -> Unit) = ScreenColumn("Support") {
    Text(view.intro)
    if (view.loading) CircularProgressIndicator()
    view.empty?.let { Note(it, "support.empty") }
    view.cases.forEach { case ->
        Section(case.title, "support.case.${case.id}") {
            Text(case.status, style = MaterialTheme.typography.labelLarge)
            Note("${case.date} · ${case.lastMessage}")
            PocketTextButton(ButtonView(view.openCase, true, false), "support.case.${case.id}.open") {
                send(UiEvent.Support(SupportEvent.OpenCase(case.id)))
            }
        }
    }
    PocketButton(view.newCase, "support.newCase") { send(UiEvent.Support(SupportEvent.NewCase)) }
}

@Composable
fun SupportCaseScreen(view: SupportCaseView, send: (UiEvent) -> Unit) = ScreenColumn("SupportCase") {
    Text(view.status, style = MaterialTheme.typography.titleMedium, modifier = Modifier.testTag("supportCase.status"))
    if (view.attached.isNotEmpty()) Lines(view.attached, "supportCase.attached")
    view.messages.forEachIndexed { index, message ->
        Section(message.author, "supportCase.message.$index") {
            Text(message.body)
            Note(message.date)
        }
    }
    val reply = rememberFieldText(view.reply)
    PocketField(view.reply, reply, "supportCase.reply")
    PocketButton(view.send, "supportCase.send") { send(UiEvent.Support(SupportEvent.Write(view.id, reply.value))) }
}

@Composable
fun NewSupportCaseScreen(view: NewSupportCaseView, send: (UiEvent) -> Unit) = ScreenColumn("NewSupportCase") {
    view.about?.let { Text(it, modifier = Modifier.testTag("newCase.about")) }
    if (view.topics.isNotEmpty()) {
        ChoiceList(view.topics, "newCase.topic") { send(UiEvent.Support(SupportEvent.ChooseTopic(it.id))) }
    }
    val message = rememberFieldText(view.message)
    PocketField(view.message, message, "newCase.message")
    val fields = view.document
    val number = fields?.let { rememberFieldText(it.number) }
    val name = fields?.let { rememberFieldText(it.name) }
    val choices = fields?.let { rememberDocumentChoices(it) }
    if (fields != null && number != null && name != null && choices != null) {
        DocumentFields(fields, number, name, choices.first, choices.second, "newCase")
    }
    PocketButton(view.submit, "newCase.submit") {
        val document = if (number != null && name != null && choices != null) {
            DocumentInput(choices.first.value, number.value, choices.second.value, name.value)
        } else {
            null
        }
        send(UiEvent.Support(SupportEvent.Submit(message.value, document)))
    }
}
