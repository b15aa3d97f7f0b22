package app.pocket.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import app.pocket.core.CartView
import app.pocket.core.CatalogueView
import app.pocket.core.CheckoutView
import app.pocket.core.Destination
import app.pocket.core.ParcelView
import app.pocket.core.ProductView
import app.pocket.core.ShopEvent
import app.pocket.core.UiEvent

@Composable
fun CatalogueScreen(view: CatalogueView, send: (UiEvent) -> Unit) = ScreenColumn("Catalogue") {
    PocketButton(view.cart, "catalogue.cart", primary = false) { send(UiEvent.Open(Destination.CART)) }
    Note(view.note)
    if (view.loading) CircularProgressIndicator()
    view.sellers.forEach { seller ->
        Section(seller.name) {
            Note(seller.shipsFrom)
            seller.products.forEach { product ->
                ListRow(
                    "catalogue.product.${product.id}",
                    onClick = { send(UiEvent.Shop(ShopEvent.OpenProduct(product.id))) },
                    padding = 6.dp,
                ) {
                    Column(Modifier.weight(1f)) {
                        Text(product.title)
                        Note(product.weight)
                    }
                    Text(product.price, fontWeight = FontWeight.Medium)
                }
            }
        }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun ProductScreen(view: ProductView, send: (UiEvent) -> Unit) = ScreenColumn("Product") {
    Text(view.price, style = MaterialTheme.typography.headlineMedium)
    Note(view.seller)
    Note(view.weight)
    view.options.forEach { option ->
        Section(option.label) {
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                option.choices.forEach { choice ->
                    FilterChip(
                        selected = choice.selected,
                        onClick = { send(UiEvent.Shop(ShopEvent.ChooseOption(option.name, choice.id))) },
                        label = { Text(choice.label) },
                        enabled = choice.enabled,
                        modifier = Modifier.testTag("product.option.${option.name}.${choice.id}"),
                    )
                }
            }
        }
    }
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Stepper("−", view.fewerLabel, "product.decrease", view.canDecrease) { send(UiEvent.Shop(ShopEvent.Decrease)) }
        Text(view.quantity, modifier = Modifier.testTag("product.quantity"))
        Stepper("+", view.moreLabel, "product.increase", view.canIncrease) { send(UiEvent.Shop(ShopEvent.Increase)) }
    }
    Text(view.total, modifier = Modifier.testTag("product.total"))
    view.missing?.let { Note(it, "product.missing") }
    PocketButton(view.buyNow, "product.buyNow") { send(UiEvent.Shop(ShopEvent.BuyNow)) }
    PocketButton(view.addToCart, "product.addToCart", primary = false) { send(UiEvent.Shop(ShopEvent.AddToCart)) }
}

/**
 * A square button with a sign on it (−, +, ×), 48 dp as touch targets should be; a screen
 * reader says the core's [label] ("One more: Silicone phone case"), not the sign.
 */
@Composable
private fun Stepper(sign: String, label: String, tag: String, enabled: Boolean, onClick: () -> Unit) {
    OutlinedButton(
        onClick = onClick,
        enabled = enabled,
        contentPadding = PaddingValues(0.dp),
        modifier = Modifier.padding(start = 4.dp).size(48.dp).semantics { contentDescription = label }.testTag(tag),
    ) { Text(sign, modifier = Modifier.clearAndSetSemantics {}) }
}

/** A parcel: its seller, weight and value against the rules, why it cannot be paid for, its lines. */
@Composable
private fun Parcel(parcel: ParcelView, index: Int, send: ((UiEvent) -> Unit)?) = Section(parcel.seller, "parcel.$index") {
    Text(parcel.weight, modifier = Modifier.testTag("parcel.$index.weight"))
    Text(parcel.value, modifier = Modifier.testTag("parcel.$index.value"))
    parcel.reasons.forEachIndexed { reason, text -> ErrorText(text, "parcel.$index.reason.$reason") }
    parcel.lines.forEach { line ->
        Row(verticalAlignment = Alignment.CenterVertically, modifier = Modifier.fillMaxWidth().testTag("cart.line.${line.index}")) {
            Column(Modifier.weight(1f)) {
                Text(line.title)
                if (line.options.isNotEmpty()) Note(line.options)
                Note(line.price)
            }
            if (send != null) {
                Stepper("−", line.fewerLabel, "cart.line.${line.index}.decrease", line.canDecrease) { send(UiEvent.Shop(ShopEvent.DecreaseLine(line.index))) }
            }
            Text(line.quantity, modifier = Modifier.padding(horizontal = 8.dp))
            if (send != null) {
                Stepper("+", line.moreLabel, "cart.line.${line.index}.increase", true) { send(UiEvent.Shop(ShopEvent.IncreaseLine(line.index))) }
                Stepper("×", line.removeLabel, "cart.line.${line.index}.remove", true) { send(UiEvent.Shop(ShopEvent.RemoveLine(line.index))) }
            }
        }
    }
}

@Composable
fun CartScreen(view: CartView, send: (UiEvent) -> Unit) = ScreenColumn("Cart") {
    view.empty?.let { Note(it, "cart.empty") }
    view.parcels.forEachIndexed { index, parcel -> Parcel(parcel, index, send) }
    Text(view.total, style = MaterialTheme.typography.titleMedium, modifier = Modifier.testTag("cart.total"))
    PocketButton(view.checkout, "cart.checkout") { send(UiEvent.Shop(ShopEvent.Checkout)) }
}

@Composable
fun CheckoutScreen(view: CheckoutView, send: (UiEvent) -> Unit) = ScreenColumn("Checkout") {
    view.parcels.forEachIndexed { index, parcel -> Parcel(parcel, index, null) }
    Text(view.total, style = MaterialTheme.typography.titleMedium, modifier = Modifier.testTag("checkout.total"))
    val address = rememberFieldText(view.address)
    val coupon = rememberFieldText(view.coupon)
    PocketField(view.address, address, "checkout.address")
    PocketField(view.coupon, coupon, "checkout.coupon")
    PocketButton(view.placeOrder, "checkout.placeOrder") { send(UiEvent.Shop(ShopEvent.PlaceOrder(address.value, coupon.value))) }
}
