package app.pocket.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Badge
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.ui.platform.LocalUriHandler
import androidx.compose.runtime.Composable
import androidx.compose.runtime.MutableState
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.autofill.ContentType
import androidx.compose.ui.semantics.contentType
import androidx.compose.ui.semantics.semantics
import app.pocket.core.Autofill
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import app.pocket.core.BankCodeEvent
import app.pocket.core.BankPageView
import app.pocket.core.ButtonView
import app.pocket.core.ChoiceView
import app.pocket.core.ConfirmView
import app.pocket.core.FieldView
import app.pocket.core.InputKind
import app.pocket.core.LineView
import app.pocket.core.SendingView
import app.pocket.core.ToggleView
import app.pocket.core.UiEvent

/** A screen's scrolling column, tagged `screen.<name>` so tests know where they are. */
@Composable
fun ScreenColumn(name: String, content: @Composable ColumnScope.() -> Unit) {
    Column(
        modifier = Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(16.dp).testTag("screen.$name"),
        verticalArrangement = Arrangement.spacedBy(12.dp),
        content = content,
    )
}

/** The text a field holds while the shopper types; starts again from the view's value when that changes. */
@Composable
fun rememberFieldText(field: FieldView): MutableState<String> =
    // A secret (a password, a card number, a code) stays in memory only: the saved-state
    // Bundle outlives the process and the system may write it to disk.
    if (field.input.isSecret) {
        remember(field.value) { mutableStateOf(field.value) }
    } else {
        rememberSaveable(field.value) { mutableStateOf(field.value) }
    }

/** A password, a card number or a code: masked, and never saved with the screen's state. */
val InputKind.isSecret: Boolean get() = this is InputKind.Password || this is InputKind.SecretDigits

/** A text field drawn from a [FieldView]: label, hint or error, masking and keyboard by its kind. */
@Composable
fun PocketField(field: FieldView, text: MutableState<String>, tag: String) {
    val secret = field.input.isSecret
    val keyboard = when (field.input) {
        is InputKind.Email -> KeyboardType.Email
        is InputKind.Phone -> KeyboardType.Phone
        is InputKind.Password -> KeyboardType.Password
        is InputKind.SecretDigits -> KeyboardType.NumberPassword
        is InputKind.Digits -> KeyboardType.Number
        is InputKind.Amount -> KeyboardType.Decimal
        is InputKind.Text -> KeyboardType.Text
    }
    val maxLength = when (val input = field.input) {
        is InputKind.SecretDigits -> input.maxLength.toInt()
        is InputKind.Digits -> input.maxLength.toInt()
        else -> Int.MAX_VALUE
    }
    OutlinedTextField(
        value = text.value,
        onValueChange = { if (it.length <= maxLength) text.value = it },
        label = { Text(field.label) },
        supportingText = (field.error ?: field.hint)?.let { message -> { Text(message, Modifier.testTag("$tag.message")) } },
        isError = field.error != null,
        enabled = field.enabled,
        singleLine = true,
        visualTransformation = if (secret) PasswordVisualTransformation() else VisualTransformation.None,
        keyboardOptions = KeyboardOptions(keyboardType = keyboard),
        modifier = Modifier.fillMaxWidth().testTag(tag).semantics {
            field.autofill?.let { contentType = it.contentType }
        },
    )
}

/** What the platform's autofill may offer in a field of this kind. */
val Autofill.contentType: ContentType get() = when (this) {
    Autofill.EMAIL -> ContentType.EmailAddress
    Autofill.PASSWORD -> ContentType.Password
    Autofill.NEW_PASSWORD -> ContentType.NewPassword
    Autofill.ONE_TIME_CODE -> ContentType.SmsOtpCode
    Autofill.CARD_NUMBER -> ContentType.CreditCardNumber
    Autofill.CARD_EXPIRY -> ContentType.CreditCardExpirationDate
    Autofill.GIVEN_NAME -> ContentType.PersonFirstName
    Autofill.FAMILY_NAME -> ContentType.PersonLastName
    Autofill.ADDRESS -> ContentType.PostalAddress
    Autofill.PHONE -> ContentType.PhoneNumber
}

/** A button drawn from a [ButtonView]: its label, enabled or not, progress while busy. */
@Composable
fun PocketButton(button: ButtonView, tag: String, primary: Boolean = true, onClick: () -> Unit) {
    val content: @Composable () -> Unit = {
        if (button.busy) {
            CircularProgressIndicator(Modifier.size(18.dp), strokeWidth = 2.dp)
            Spacer(Modifier.size(8.dp))
        }
        Text(button.label)
    }
    val modifier = Modifier.fillMaxWidth().testTag(tag)
    if (primary) {
        Button(onClick = onClick, enabled = button.enabled, modifier = modifier) { content() }
    } else {
        OutlinedButton(onClick = onClick, enabled = button.enabled, modifier = modifier) { content() }
    }
}

/** A link-like button. */
@Composable
fun PocketTextButton(button: ButtonView, tag: String, onClick: () -> Unit) {
    TextButton(onClick = onClick, enabled = button.enabled, modifier = Modifier.testTag(tag)) { Text(button.label) }
}

/** One of several choices, each a row with a radio button; tags are `<tag>.<id>`. */
@Composable
fun ChoiceList(choices: List<ChoiceView>, tag: String, onChoose: (ChoiceView) -> Unit) {
    Column {
        choices.forEach { choice ->
            Row(
                verticalAlignment = Alignment.CenterVertically,
                modifier = Modifier.fillMaxWidth()
                    .heightIn(min = 48.dp)
                    .selectable(choice.selected, enabled = choice.enabled, role = Role.RadioButton) { onChoose(choice) }
                    .padding(vertical = 4.dp)
                    .testTag("$tag.${choice.id}"),
            ) {
                RadioButton(selected = choice.selected, onClick = null, enabled = choice.enabled)
                Column(Modifier.padding(start = 8.dp)) {
                    Text(choice.label)
                    choice.detail?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                }
            }
        }
    }
}

/** Choices as a row of chips (a currency, an e-wallet); tags are `<tag>.<id>`. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun ChipChoices(choices: List<ChoiceView>, tag: String, onChoose: (ChoiceView) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        choices.forEach { choice ->
            FilterChip(
                selected = choice.selected,
                onClick = { onChoose(choice) },
                label = { Text(choice.label) },
                enabled = choice.enabled,
                modifier = Modifier.testTag("$tag.${choice.id}"),
            )
        }
    }
}

/** A label with a count beside it (unread notifications, items in the cart). */
@Composable
fun Counted(label: String, count: String?) {
    Row(verticalAlignment = Alignment.CenterVertically) {
        Text(label)
        count?.let { Badge(Modifier.padding(start = 6.dp)) { Text(it) } }
    }
}

/** A checkbox drawn from a [ToggleView]. */
@Composable
fun PocketToggle(toggle: ToggleView, tag: String, onChange: (Boolean) -> Unit) {
    Row(
        verticalAlignment = Alignment.CenterVertically,
        modifier = Modifier.fillMaxWidth()
            .toggleable(value = toggle.checked, enabled = toggle.enabled, role = Role.Checkbox, onValueChange = onChange)
            .testTag(tag),
    ) {
        Checkbox(checked = toggle.checked, onCheckedChange = null, enabled = toggle.enabled)
        Column(Modifier.padding(start = 8.dp)) {
            Text(toggle.label)
            toggle.hint?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            toggle.error?.let { ErrorText(it, "$tag.error") }
        }
    }
}

/** Labelled values, one per row. */
@Composable
fun Lines(lines: List<LineView>, tag: String) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        lines.forEachIndexed { index, line ->
            Row(Modifier.fillMaxWidth().testTag("$tag.$index")) {
                Text(line.label, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.weight(1f))
                Text(
                    line.value,
                    style = MaterialTheme.typography.bodyMedium,
                    fontWeight = FontWeight.Medium,
                    textAlign = TextAlign.End,
                    modifier = Modifier.padding(start = 12.dp).weight(1f, fill = false),
                )
            }
        }
    }
}

/** A titled group of content on a card. */
@Composable
fun Section(title: String?, tag: String? = null, content: @Composable ColumnScope.() -> Unit) {
    Card(Modifier.fillMaxWidth().let { if (tag != null) it.testTag(tag) else it }) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            title?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
            content()
        }
    }
}

/**
 * The bank's page a card charge waits on (3-D Secure), drawn above the screen: its
 * message, and a button that opens the page the platform's way, through Compose's
 * [LocalUriHandler]: the Android app provides Custom Tabs, the desktop harness its
 * browser. The bank sends the shopper back through `pocket://card-confirmed`.
 */
@Composable
fun BankPage(view: BankPageView) {
    val uriHandler = LocalUriHandler.current
    Box(Modifier.padding(horizontal = 16.dp, vertical = 8.dp)) {
        Section(null, "bankPage") {
            Text(view.message, modifier = Modifier.testTag("bankPage.message"))
            PocketButton(view.open, "bankPage.open") { uriHandler.openUri(view.url) }
        }
    }
}

/**
 * Where a confirmed payment or top-up is, below its form: the SMS code a card's bank
 * sent (the field, "Confirm" and "Send a new code", each sent as a [UiEvent.BankCode]
 * for the view's action) and the note that it is saved and will be sent by itself. The
 * bank's page is drawn above the screen ([BankPage]).
 */
@Composable
fun Sending(view: SendingView, tag: String, send: (UiEvent) -> Unit) {
    view.bankCode?.let { bank ->
        val code = rememberFieldText(bank.code)
        PocketField(bank.code, code, "$tag.code")
        PocketButton(bank.submit, "$tag.submitCode") { send(UiEvent.BankCode(view.action, BankCodeEvent.Submit(code.value))) }
        PocketTextButton(bank.resend, "$tag.resendCode") { send(UiEvent.BankCode(view.action, BankCodeEvent.Resend)) }
    }
    view.saved?.let { Note(it, "$tag.saved") }
}

/**
 * A row of a list: the whole width, what it is on the left and its figure on the right.
 * Tapping it runs [onClick]; a row with none does nothing.
 */
@Composable
fun ListRow(tag: String, onClick: (() -> Unit)?, padding: Dp = 8.dp, content: @Composable RowScope.() -> Unit) {
    Row(
        horizontalArrangement = Arrangement.SpaceBetween,
        modifier = Modifier.fillMaxWidth()
            .clickable(enabled = onClick != null) { onClick?.invoke() }
            .padding(vertical = padding)
            .testTag(tag),
        content = content,
    )
}

/** A line of secondary text. */
@Composable
fun Note(text: String, tag: String? = null) {
    Text(
        text,
        style = MaterialTheme.typography.bodySmall,
        color = MaterialTheme.colorScheme.onSurfaceVariant,
        modifier = if (tag != null) Modifier.testTag(tag) else Modifier,
    )
}

/** An error line (a field-less problem in a form). */
@Composable
fun ErrorText(text: String, tag: String) {
    Text(text, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.testTag(tag))
}

/** A dialog that asks before something that cannot be undone; tags `<tag>.confirm` and `<tag>.cancel`. */
@Composable
fun ConfirmDialog(confirm: ConfirmView, tag: String, onConfirm: () -> Unit, onCancel: () -> Unit) {
    AlertDialog(
        onDismissRequest = onCancel,
        title = { Text(confirm.title) },
        text = { Text(confirm.message) },
        confirmButton = {
            TextButton(onClick = onConfirm, modifier = Modifier.testTag("$tag.confirm")) {
                Text(confirm.confirmLabel, color = if (confirm.destructive) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.primary)
            }
        },
        dismissButton = { TextButton(onClick = onCancel, modifier = Modifier.testTag("$tag.cancel")) { Text(confirm.cancelLabel) } },
        modifier = Modifier.testTag(tag),
    )
}

/** Vertical room between groups. */
@Composable
fun Gap() = Spacer(Modifier.height(4.dp))
