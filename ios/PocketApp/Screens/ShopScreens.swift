import PocketCore
import SwiftUI

struct CatalogueScreen: View {
    let view: CatalogueView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Catalogue") {
            PocketButton(button: view.cart, tag: "catalogue.cart", primary: false) { send(UiEvent.open(destination: Destination.cart)) }
            Note(view.note)
            if view.loading { ProgressView() }
            ForEach(view.sellers, id: \.name) { seller in
                Panel(title: seller.name) {
                    Note(seller.shipsFrom)
                    ForEach(seller.products, id: \.id) { product in
                        ListRow(
                            tag: "catalogue.product.\(product.id)",
                            action: { send(UiEvent.shop(event: ShopEvent.openProduct(productId: product.id))) }
                        ) {
                            VStack(alignment: .leading) {
                                Text(product.title)
                                Note(product.weight)
                            }
                            Spacer()
                            Text(product.price).fontWeight(.medium)
                        }
                    }
                }
            }
        }
    }
}

/// A small button with a sign on it (−, +, ×).
/// A button with a sign on it (−, +, ×), at least 44 points; VoiceOver says the core's
/// `label` ("One more: Silicone phone case"), not the sign.
private struct SignButton: View {
    let sign: String
    let label: String
    let tag: String
    let enabled: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) { Text(sign).frame(minWidth: 44, minHeight: 44) }
            .buttonStyle(.bordered)
            .disabled(!enabled)
            .accessibilityLabel(label)
            .accessibilityIdentifier(tag)
    }
}

struct ProductScreen: View {
    let view: ProductView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Product") {
            Text(view.price).font(.largeTitle)
            Note(view.seller)
            Note(view.weight)
            ForEach(view.options, id: \.name) { option in
                Panel(title: option.label) {
                    ChipChoices(choices: option.choices, tag: "product.option.\(option.name)") { choice in
                        send(UiEvent.shop(event: ShopEvent.chooseOption(name: option.name, value: choice.id)))
                    }
                }
            }
            HStack {
                SignButton(sign: "−", label: view.fewerLabel, tag: "product.decrease", enabled: view.canDecrease) { send(UiEvent.shop(event: ShopEvent.decrease)) }
                Text(view.quantity).accessibilityIdentifier("product.quantity")
                SignButton(sign: "+", label: view.moreLabel, tag: "product.increase", enabled: view.canIncrease) { send(UiEvent.shop(event: ShopEvent.increase)) }
            }
            Text(view.total).accessibilityIdentifier("product.total")
            if let missing = view.missing { Note(missing, tag: "product.missing") }
            PocketButton(button: view.buyNow, tag: "product.buyNow") { send(UiEvent.shop(event: ShopEvent.buyNow)) }
            PocketButton(button: view.addToCart, tag: "product.addToCart", primary: false) { send(UiEvent.shop(event: ShopEvent.addToCart)) }
        }
    }
}

/// A parcel: its seller, weight and value against the rules, why it cannot be paid for, its lines.
private struct Parcel: View {
    let parcel: ParcelView
    let index: Int
    let send: ((UiEvent) -> Void)?

    var body: some View {
        Panel(title: parcel.seller, tag: "parcel.\(index)") {
            Text(parcel.weight).accessibilityIdentifier("parcel.\(index).weight")
            Text(parcel.value).accessibilityIdentifier("parcel.\(index).value")
            ForEach(Array(parcel.reasons.enumerated()), id: \.offset) { reason, text in
                ErrorText(text, tag: "parcel.\(index).reason.\(reason)")
            }
            ForEach(parcel.lines, id: \.index) { line in
                HStack {
                    VStack(alignment: .leading) {
                        Text(line.title)
                        if !line.options.isEmpty { Note(line.options) }
                        Note(line.price)
                    }
                    Spacer()
                    if let send {
                        SignButton(sign: "−", label: line.fewerLabel, tag: "cart.line.\(line.index).decrease", enabled: line.canDecrease) {
                            send(UiEvent.shop(event: ShopEvent.decreaseLine(index: line.index)))
                        }
                    }
                    Text(line.quantity)
                    if let send {
                        SignButton(sign: "+", label: line.moreLabel, tag: "cart.line.\(line.index).increase", enabled: true) {
                            send(UiEvent.shop(event: ShopEvent.increaseLine(index: line.index)))
                        }
                        SignButton(sign: "×", label: line.removeLabel, tag: "cart.line.\(line.index).remove", enabled: true) {
                            send(UiEvent.shop(event: ShopEvent.removeLine(index: line.index)))
                        }
                    }
                }
                .accessibilityIdentifier("cart.line.\(line.index)")
            }
        }
    }
}

struct CartScreen: View {
    let view: CartView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Cart") {
            if let empty = view.empty { Note(empty, tag: "cart.empty") }
            ForEach(Array(view.parcels.enumerated()), id: \.offset) { index, parcel in
                Parcel(parcel: parcel, index: index, send: send)
            }
            Text(view.total).font(.headline).accessibilityIdentifier("cart.total")
            PocketButton(button: view.checkout, tag: "cart.checkout") { send(UiEvent.shop(event: ShopEvent.checkout)) }
        }
    }
}

struct CheckoutScreen: View {
    let view: CheckoutView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "Checkout") {
            ForEach(Array(view.parcels.enumerated()), id: \.offset) { index, parcel in
                Parcel(parcel: parcel, index: index, send: nil)
            }
            Text(view.total).font(.headline).accessibilityIdentifier("checkout.total")
            PocketField(field: view.address, text: text($form, "address", view.address), tag: "checkout.address")
            PocketField(field: view.coupon, text: text($form, "coupon", view.coupon), tag: "checkout.coupon")
            PocketButton(button: view.placeOrder, tag: "checkout.placeOrder") {
                let event = ShopEvent.placeOrder(deliveryAddress: form.value("address", view.address), coupon: form.value("coupon", view.coupon))
                send(UiEvent.shop(event: event))
            }
        }
    }
}
