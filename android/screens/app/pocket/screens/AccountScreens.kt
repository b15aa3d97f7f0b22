package app.pocket.screens

import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
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
import app.pocket.core.VerificationInput
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

@Composable
fun VerificationScreen(view: VerificationView, send: (UiEvent) -> Unit) = ScreenColumn("Verification") {
    Text(view.intro)
    if (view.loading) CircularProgressIndicator()
    view.status?.let { Note(it, "verification.status") }
    view.form?.let { form ->
        val number = rememberFieldText(form.number)
        val name = rememberFieldText(form.name)
        var document by rememberSaveable(form.documents) { mutableStateOf(form.documents.firstOrNull { it.selected }?.id ?: "") }
        var country by rememberSaveable(form.countries) { mutableStateOf(form.countries.firstOrNull { it.selected }?.id ?: "") }
        Section(form.documentLabel) {
            form.documentError?.let { ErrorText(it, "verification.document.error") }
            ChoiceList(form.documents.map { it.copy(selected = it.id == document) }, "verification.document") { document = it.id }
        }
        PocketField(form.number, number, "verification.number")
        Section(form.countryLabel) {
            form.countryError?.let { ErrorText(it, "verification.country.error") }
            ChoiceList(form.countries.map { it.copy(selected = it.id == country) }, "verification.country") { country = it.id }
        }
        PocketField(form.name, name, "verification.name")
        PocketButton(form.submit, "verification.submit") {
            send(UiEvent.Verification(VerificationEvent.Submit(VerificationInput(document, number.value, country, name.value))))
        }
    }
}
