//! A shopper's cart, grouped into one parcel per seller.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::money::{Currency, Money, MoneyError};

/// A product in the cart with the options the shopper chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartItem {
    /// The catalogue's product id.
    pub product_id: String,
    /// The product's title, as shown.
    pub title: String,
    /// Chosen options: `{"size": "M", "colour": "red"}`.
    pub options: BTreeMap<String, String>,
    /// The weight of one item, in grams.
    pub unit_weight_grams: u32,
    /// How many, at least 1.
    pub quantity: u32,
    /// The price of one item, in USD (sellers price in USD).
    pub unit_price: Money,
    /// Who sells it: each seller ships its own parcel.
    pub seller_id: String,
}

impl CartItem {
    /// Weight of the line: unit weight times quantity (in u64: cannot overflow).
    pub fn line_weight_grams(&self) -> u64 {
        u64::from(self.unit_weight_grams) * u64::from(self.quantity)
    }

    /// Price of the line: unit price times quantity.
    pub fn line_price(&self) -> Result<Money, MoneyError> {
        self.unit_price.times(self.quantity)
    }
}

/// Why an item cannot go in the cart.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CartError {
    /// A quantity of zero.
    #[error("the quantity of \"{title}\" must be at least 1; remove the item instead")]
    ZeroQuantity {
        /// The item's title.
        title: String,
    },
    /// A price not in USD.
    #[error("\"{title}\" is priced in {currency}; sellers price in USD")]
    PriceNotInUsd {
        /// The item's title.
        title: String,
        /// The currency it came in.
        currency: Currency,
    },
    /// The totals overflow what Pocket represents.
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// The items of one seller, to be shipped as one parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParcelDraft {
    /// The seller.
    pub seller_id: String,
    /// The seller's items.
    pub items: Vec<CartItem>,
    /// Sum of every line's weight.
    pub total_weight_grams: u64,
    /// Sum of every line's price, in USD.
    pub total_value: Money,
}

/// A shopper's cart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cart {
    items: Vec<CartItem>,
}

impl Cart {
    /// An empty cart.
    pub fn new() -> Cart {
        Cart::default()
    }

    /// Adds an item, refusing a zero quantity or a non-USD price.
    pub fn add(&mut self, item: CartItem) -> Result<(), CartError> {
        if item.quantity == 0 {
            return Err(CartError::ZeroQuantity { title: item.title });
        }
        if item.unit_price.currency() != Currency::Usd {
            return Err(CartError::PriceNotInUsd { title: item.title, currency: item.unit_price.currency() });
        }
        self.items.push(item);
        Ok(())
    }

    /// The items, in the order added.
    pub fn items(&self) -> &[CartItem] {
        &self.items
    }

    /// One parcel per seller, sellers in id order, items in the order added.
    pub fn parcels_by_seller(&self) -> Result<Vec<ParcelDraft>, CartError> {
        let mut by_seller: BTreeMap<&str, Vec<CartItem>> = BTreeMap::new();
        for item in &self.items {
            by_seller.entry(&item.seller_id).or_default().push(item.clone());
        }
        by_seller.into_iter().map(|(seller_id, items)| ParcelDraft::new(seller_id.to_string(), items)).collect()
    }
}

impl ParcelDraft {
    /// Totals a seller's items.
    pub fn new(seller_id: String, items: Vec<CartItem>) -> Result<ParcelDraft, CartError> {
        let total_weight_grams = items.iter().map(CartItem::line_weight_grams).sum();
        let line_prices = items.iter().map(CartItem::line_price).collect::<Result<Vec<_>, _>>()?;
        let total_value = Money::sum(Currency::Usd, line_prices)?;
        Ok(ParcelDraft { seller_id, items, total_weight_grams, total_value })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn item(seller: &str, grams: u32, quantity: u32, price: &str) -> CartItem {
        CartItem {
            product_id: format!("{seller}-{grams}"),
            title: format!("Item of {grams} g"),
            options: BTreeMap::from([("size".to_string(), "M".to_string())]),
            unit_weight_grams: grams,
            quantity,
            unit_price: Money::parse(price, Currency::Usd).unwrap(),
            seller_id: seller.to_string(),
        }
    }

    #[test]
    fn a_mixed_cart_becomes_one_parcel_per_seller() {
        let mut cart = Cart::new();
        cart.add(item("shenzhen-gadgets", 120, 2, "4.99")).unwrap();
        cart.add(item("anhui-textiles", 300, 1, "12.00")).unwrap();
        cart.add(item("shenzhen-gadgets", 50, 3, "1.10")).unwrap();
        let parcels = cart.parcels_by_seller().unwrap();
        assert_eq!(parcels.len(), 2);
        assert_eq!(parcels[0].seller_id, "anhui-textiles");
        assert_eq!(parcels[1].seller_id, "shenzhen-gadgets");
        assert_eq!(parcels[1].items.len(), 2);
        assert_eq!(parcels[1].total_weight_grams, 120 * 2 + 50 * 3);
        assert_eq!(parcels[1].total_value, Money::parse("13.28", Currency::Usd).unwrap());
    }

    #[test]
    fn a_quantity_of_zero_is_refused() {
        let mut cart = Cart::new();
        assert!(matches!(cart.add(item("s", 100, 0, "1.00")), Err(CartError::ZeroQuantity { .. })));
        assert!(cart.items().is_empty());
    }

    #[test]
    fn a_price_in_another_currency_is_refused() {
        let mut cart = Cart::new();
        let mut euro_item = item("s", 100, 1, "1.00");
        euro_item.unit_price = Money::parse("1.00", Currency::Eur).unwrap();
        assert_eq!(
            cart.add(euro_item),
            Err(CartError::PriceNotInUsd { title: "Item of 100 g".into(), currency: Currency::Eur })
        );
    }

    #[test]
    fn huge_quantities_do_not_overflow_the_weight() {
        let draft = ParcelDraft::new("s".into(), vec![item("s", u32::MAX, u32::MAX, "0.01")]).unwrap();
        assert_eq!(draft.total_weight_grams, u64::from(u32::MAX) * u64::from(u32::MAX));
    }
}
