import AuthenticationServices
import PocketCore
import SwiftUI

/// A screen's scrolling column, identified `screen.<name>` (as in the Compose twin).
struct ScreenColumn<Content: View>: View {
    let name: String
    @ViewBuilder let content: () -> Content

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) { content() }
                .frame(maxWidth: .infinity, alignment: .leading)
                .padding()
        }
        .accessibilityIdentifier("screen.\(name)")
    }
}

/// What a form's fields hold while the shopper types; a field starts from its view's value.
struct FormTexts {
    private var values: [String: String] = [:]

    func value(_ key: String, _ field: FieldView) -> String { values[key] ?? field.value }

    mutating func set(_ key: String, _ value: String) { values[key] = value }
}

/// A binding to one field of a form.
func text(_ form: Binding<FormTexts>, _ key: String, _ field: FieldView) -> Binding<String> {
    Binding(get: { form.wrappedValue.value(key, field) }, set: { form.wrappedValue.set(key, $0) })
}

/// A text field drawn from a `FieldView`: label, hint or error, masking and keyboard by its kind.
struct PocketField: View {
    let field: FieldView
    let text: Binding<String>
    let tag: String

    private var secure: Bool {
        switch field.input {
        case .password, .secretDigits: return true
        default: return false
        }
    }

    private var keyboard: UIKeyboardType {
        switch field.input {
        case .email: return .emailAddress
        case .phone: return .phonePad
        case .secretDigits, .digits: return .numberPad
        case .amount: return .decimalPad
        default: return .default
        }
    }

    /// What iOS's autofill may offer here; `nil` for what it must not fill.
    private var contentType: UITextContentType? {
        switch field.autofill {
        case .email: return .emailAddress
        case .password: return .password
        case .newPassword: return .newPassword
        case .oneTimeCode: return .oneTimeCode
        case .cardNumber: return .creditCardNumber
        case .cardExpiry:
            // iOS 17 knows an expiry; before, nothing is offered for it.
            if #available(iOS 17.0, *) { return .creditCardExpiration } else { return nil }
        case .givenName: return .givenName
        case .familyName: return .familyName
        case .address: return .fullStreetAddress
        case .phone: return .telephoneNumber
        case nil: return nil
        }
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Group {
                if secure {
                    SecureField(field.label, text: text)
                } else {
                    TextField(field.label, text: text)
                }
            }
            .keyboardType(keyboard)
            .textContentType(contentType)
            .textInputAutocapitalization(.never)
            .autocorrectionDisabled()
            .textFieldStyle(.roundedBorder)
            .disabled(!field.enabled)
            .accessibilityIdentifier(tag)
            if let error = field.error {
                Text(error).font(.footnote).foregroundStyle(.red).accessibilityIdentifier("\(tag).message")
            } else if let hint = field.hint {
                Text(hint).font(.footnote).foregroundStyle(.secondary).accessibilityIdentifier("\(tag).message")
            }
        }
    }
}

/// A button drawn from a `ButtonView`: its label, enabled or not, progress while busy.
struct PocketButton: View {
    let button: ButtonView
    let tag: String
    var primary: Bool = true
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack {
                if button.busy { ProgressView() }
                Text(button.label)
            }
            .frame(maxWidth: .infinity)
        }
        .buttonStyle(primary ? AnyPrimitiveButtonStyle(.borderedProminent) : AnyPrimitiveButtonStyle(.bordered))
        .disabled(!button.enabled)
        .accessibilityIdentifier(tag)
    }
}

/// A type-erased primitive button style, so one button can be either style.
struct AnyPrimitiveButtonStyle: PrimitiveButtonStyle {
    private let make: (Configuration) -> AnyView

    init<S: PrimitiveButtonStyle>(_ style: S) {
        make = { AnyView(style.makeBody(configuration: $0)) }
    }

    func makeBody(configuration: Configuration) -> some View { make(configuration) }
}

/// A link-like button.
struct PocketTextButton: View {
    let button: ButtonView
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(button.label, action: action).disabled(!button.enabled).accessibilityIdentifier(tag)
    }
}

/// One of several choices, each a row with a radio mark; identifiers are `<tag>.<id>`.
struct ChoiceList: View {
    let choices: [ChoiceView]
    let tag: String
    let onChoose: (ChoiceView) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            ForEach(choices, id: \.id) { choice in
                Button { onChoose(choice) } label: {
                    HStack(alignment: .top) {
                        Image(systemName: choice.selected ? "largecircle.fill.circle" : "circle")
                        VStack(alignment: .leading) {
                            Text(choice.label)
                            if let detail = choice.detail { Text(detail).font(.footnote).foregroundStyle(.secondary) }
                        }
                    }
                }
                .buttonStyle(.plain)
                .disabled(!choice.enabled)
                .accessibilityIdentifier("\(tag).\(choice.id)")
            }
        }
    }
}

/// Choices as a row of chips (a currency, an e-wallet); identifiers are `<tag>.<id>`.
struct ChipChoices: View {
    let choices: [ChoiceView]
    let tag: String
    let onChoose: (ChoiceView) -> Void

    var body: some View {
        ScrollView(.horizontal, showsIndicators: false) {
            HStack {
                ForEach(choices, id: \.id) { choice in
                    Button(choice.label) { onChoose(choice) }
                        .buttonStyle(choice.selected ? AnyPrimitiveButtonStyle(.borderedProminent) : AnyPrimitiveButtonStyle(.bordered))
                        .disabled(!choice.enabled)
                        .accessibilityIdentifier("\(tag).\(choice.id)")
                }
            }
        }
    }
}

/// A label with a count beside it (unread notifications, items in the cart).
struct Counted: View {
    let label: String
    let count: String?

    var body: some View {
        HStack(spacing: 4) {
            Text(label)
            if let count {
                Text(count).font(.caption2).padding(.horizontal, 5).background(Capsule().fill(.red)).foregroundStyle(.white)
            }
        }
    }
}

/// A checkbox drawn from a `ToggleView`.
struct PocketToggle: View {
    let toggle: ToggleView
    let tag: String
    let onChange: (Bool) -> Void

    var body: some View {
        Toggle(isOn: Binding(get: { toggle.checked }, set: { onChange($0) })) {
            VStack(alignment: .leading) {
                Text(toggle.label)
                if let hint = toggle.hint { Text(hint).font(.footnote).foregroundStyle(.secondary) }
                if let error = toggle.error { ErrorText(error, tag: "\(tag).error") }
            }
        }
        .disabled(!toggle.enabled)
        .accessibilityIdentifier(tag)
    }
}

/// Labelled values, one per row.
struct Lines: View {
    let lines: [LineView]
    let tag: String

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            ForEach(Array(lines.enumerated()), id: \.offset) { index, line in
                HStack(alignment: .top) {
                    Text(line.label)
                    Spacer()
                    Text(line.value).fontWeight(.medium).multilineTextAlignment(.trailing)
                }
                .accessibilityIdentifier("\(tag).\(index)")
            }
        }
    }
}

/// A titled group of content on a card.
struct Panel<Content: View>: View {
    let title: String?
    var tag: String? = nil
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            if let title { Text(title).font(.headline) }
            content()
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .padding()
        .background(RoundedRectangle(cornerRadius: 12).fill(Color(.secondarySystemBackground)))
        .accessibilityIdentifier(tag ?? "")
    }
}

/// The bank's page a card charge waits on (3-D Secure), drawn above the screen: its
/// message, and a button that opens the page in an `ASWebAuthenticationSession`, the
/// platform's way for a page that hands control back to the app. The bank ends on
/// `pocket://card-confirmed`, which the session returns here and the core gets as a link
/// (the charge is asked for again).
struct BankPage: View {
    let view: BankPageView
    let send: (UiEvent) -> Void
    @StateObject private var session = BankPageSession()

    var body: some View {
        Panel(title: nil, tag: "bankPage") {
            Text(view.message).accessibilityIdentifier("bankPage.message")
            PocketButton(button: view.open, tag: "bankPage.open") {
                session.open(view.url) { url in send(UiEvent.openLink(url: url.absoluteString)) }
            }
        }
        .padding(.horizontal)
        .padding(.vertical, 8)
    }
}

/// Holds the authentication session while the bank's page is open.
final class BankPageSession: NSObject, ObservableObject, ASWebAuthenticationPresentationContextProviding {
    private var session: ASWebAuthenticationSession?

    func open(_ page: String, back: @escaping (URL) -> Void) {
        guard let url = URL(string: page) else { return }
        let session = ASWebAuthenticationSession(url: url, callbackURLScheme: "pocket") { callback, _ in
            // Closed without coming back: the charge still waits, and the core asks again
            // when the app comes to the foreground.
            if let callback { DispatchQueue.main.async { back(callback) } }
        }
        session.presentationContextProvider = self
        session.prefersEphemeralWebBrowserSession = true
        self.session = session
        session.start()
    }

    func presentationAnchor(for session: ASWebAuthenticationSession) -> ASPresentationAnchor {
        UIApplication.shared.connectedScenes.compactMap { ($0 as? UIWindowScene)?.keyWindow }.first ?? ASPresentationAnchor()
    }
}

/// Where a confirmed payment or top-up is, below its form: the SMS code a card's bank
/// sent (the field, "Confirm" and "Send a new code", each sent as a `UiEvent.bankCode`
/// for the view's action) and the note that it is saved and will be sent by itself. The
/// bank's page is drawn above the screen (`BankPage`).
struct Sending: View {
    let view: SendingView
    let tag: String
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        if let bank = view.bankCode {
            PocketField(field: bank.code, text: text($form, "code", bank.code), tag: "\(tag).code")
            PocketButton(button: bank.submit, tag: "\(tag).submitCode") {
                send(UiEvent.bankCode(action: view.action, event: BankCodeEvent.submit(code: form.value("code", bank.code))))
            }
            PocketTextButton(button: bank.resend, tag: "\(tag).resendCode") {
                send(UiEvent.bankCode(action: view.action, event: BankCodeEvent.resend))
            }
        }
        if let saved = view.saved { Note(saved, tag: "\(tag).saved") }
    }
}

/// A row of a list: the whole width, what it is on the left and its figure on the
/// right (`Spacer` between). Tapping it runs `action`; a row without one does nothing.
struct ListRow<Content: View>: View {
    let tag: String
    let action: (() -> Void)?
    @ViewBuilder let content: () -> Content

    var body: some View {
        Button { action?() } label: { HStack(alignment: .top) { content() } }
            .buttonStyle(.plain)
            .disabled(action == nil)
            .accessibilityIdentifier(tag)
    }
}

/// A line of secondary text.
struct Note: View {
    let text: String
    var tag: String? = nil

    init(_ text: String, tag: String? = nil) {
        self.text = text
        self.tag = tag
    }

    var body: some View {
        Text(text).font(.footnote).foregroundStyle(.secondary).accessibilityIdentifier(tag ?? "")
    }
}

/// An error line (a field-less problem in a form).
struct ErrorText: View {
    let text: String
    let tag: String

    init(_ text: String, tag: String) {
        self.text = text
        self.tag = tag
    }

    var body: some View {
        Text(text).foregroundStyle(.red).accessibilityIdentifier(tag)
    }
}

extension View {
    /// A confirmation dialog drawn from a `ConfirmView`, while there is one.
    func confirmation(_ confirm: ConfirmView?, onConfirm: @escaping () -> Void, onCancel: @escaping () -> Void) -> some View {
        alert(
            confirm?.title ?? "",
            isPresented: Binding(get: { confirm != nil }, set: { shown in if !shown { onCancel() } }),
            presenting: confirm
        ) { confirm in
            Button(confirm.confirmLabel, role: confirm.destructive ? .destructive : nil, action: onConfirm)
            Button(confirm.cancelLabel, role: .cancel, action: onCancel)
        } message: { confirm in
            Text(confirm.message)
        }
    }
}
