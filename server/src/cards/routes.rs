//! The cards API, and where phones tokenize.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Json;
use pocket_core::cards::SaveCardChoice;
use pocket_core::contract::cards::{Card, CardProcessorInfo, Cards};
use pocket_core::contract::paths;

use super::service::{
    add_card, bound_payment_method, check_card_details, check_room_for_a_card, keep_processor_customer, list_cards,
    processor_customer, processor_error, remove_card, AddCardRequest, NewCard, ReplaceCardRequest,
};
use crate::app::App;
use crate::edges::card_processor::PreparedCard;
use crate::http::{Access, ApiJson, ApiPath, Route};
use crate::refusals::Refusal;
use crate::sessions::Session;

/// The card routes.
pub fn routes() -> Vec<Route> {
    vec![
        Route::new(
            "GET",
            paths::CARD_PROCESSOR,
            "Where the phone tokenizes a card: the card processor's API and public key (the number goes there, never here)",
            Access::Public,
            get(processor_handler),
        )
        .answers::<CardProcessorInfo>(200),
        Route::new(
            "POST",
            paths::CARDS,
            "Add a card the phone tokenized with the card processor; bind it only if `save` is chosen (else it pays once, within 30 minutes)",
            Access::Session,
            post(add_handler),
        )
        .body::<AddCardRequest>()
        .answers::<Card>(201),
        Route::new(
            "GET",
            paths::CARDS,
            "Bound cards: brand, first 4 and last 4 digits, expiry, status",
            Access::Session,
            get(list_handler),
        )
        .answers::<Cards>(200),
        Route::new("DELETE", paths::CARD, "Remove a bound card", Access::Session, delete(remove_handler))
            .answers_empty(204),
        Route::new(
            "POST",
            paths::CARD_REPLACE,
            "Replace a bound card in one step: the new card is set up with its bank and bound before the old one is removed; a failure keeps the old one",
            Access::Session,
            post(replace_handler),
        )
        .body::<ReplaceCardRequest>()
        .answers::<Card>(201),
    ]
}

async fn processor_handler(State(app): State<App>) -> Json<CardProcessorInfo> {
    Json(app.edges.processor.tokenization())
}

/// Sets a tokenized card up with the processor, off the database: for a
/// card to bind, the shopper's customer is made the first time and the
/// card attached to it.
async fn prepare(
    app: &App,
    user_id: &str,
    payment_method: &str,
    save: SaveCardChoice,
) -> Result<PreparedCard, Refusal> {
    let customer = match save {
        SaveCardChoice::DoNotSave => None,
        SaveCardChoice::Save => Some(customer_of(app, user_id).await?),
    };
    app.edges.processor.prepare_card(payment_method, customer.as_deref()).await.map_err(|e| processor_error(e, "card"))
}

/// The shopper's customer at the processor, made once.
async fn customer_of(app: &App, user_id: &str) -> Result<String, Refusal> {
    let user = user_id.to_string();
    if let Some(customer) = app.store.read(move |tx| processor_customer(tx, &user)).await? {
        return Ok(customer);
    }
    let customer = app.edges.processor.create_customer(user_id).await.map_err(|e| processor_error(e, "card"))?;
    let (user, kept) = (user_id.to_string(), customer.clone());
    app.store.write(move |tx| keep_processor_customer(tx, &user, &kept)).await?;
    Ok(customer)
}

async fn add_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<AddCardRequest>,
) -> Result<(StatusCode, Json<Card>), Refusal> {
    let now = app.clock.now();
    let request = body.value;
    let expiry = check_card_details(&request.expiry, now)?;
    if request.save == SaveCardChoice::Save {
        let user = session.user_id.clone();
        app.store.read(move |tx| check_room_for_a_card(tx, &user)).await?;
    }
    let prepared = prepare(&app, &session.user_id, &request.payment_method, request.save).await?;
    let (user_id, payment_method, save) = (session.user_id.clone(), request.payment_method.clone(), request.save);
    let added = app
        .store
        .write(move |tx| {
            let card = NewCard {
                payment_method: &request.payment_method,
                brand: request.brand,
                first4: &request.first4,
                last4: &request.last4,
                expiry,
                save: request.save,
                prepared: prepared.clone(),
            };
            add_card(tx, &user_id, &card, now)
        })
        .await;
    match added {
        Ok(card) => Ok((StatusCode::CREATED, Json(card))),
        // Bound at the processor, then refused here because a 6th card was
        // added at the same moment: the processor forgets it too.
        Err(refusal) if save == SaveCardChoice::Save && refusal.code == "too_many_cards" => {
            release(&app, &payment_method).await;
            Err(refusal)
        }
        Err(refusal) => Err(refusal),
    }
}

async fn release(app: &App, payment_method: &str) {
    if let Err(error) = app.edges.processor.release_card(payment_method).await {
        tracing::warn!(%error, "a card removed from Pocket could not be released at the card processor");
    }
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<Cards>, Refusal> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| list_cards(tx, &session.user_id, now)).await?))
}

async fn remove_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(card_id): ApiPath<String>,
) -> Result<StatusCode, Refusal> {
    let now = app.clock.now();
    let payment_method = app.store.write(move |tx| remove_card(tx, &session.user_id, &card_id, now)).await?;
    release(&app, &payment_method).await;
    Ok(StatusCode::NO_CONTENT)
}

async fn replace_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(card_id): ApiPath<String>,
    body: ApiJson<ReplaceCardRequest>,
) -> Result<(StatusCode, Json<Card>), Refusal> {
    let now = app.clock.now();
    let request = body.value;
    let expiry = check_card_details(&request.expiry, now)?;
    let (user, card) = (session.user_id.clone(), card_id.clone());
    app.store.read(move |tx| bound_payment_method(tx, &user, &card)).await?;
    let prepared = prepare(&app, &session.user_id, &request.payment_method, SaveCardChoice::Save).await.map_err(
        |mut refusal| {
            refusal.message = format!("{}; your current card is kept", refusal.message);
            refusal
        },
    )?;
    let user_id = session.user_id.clone();
    let (old_payment_method, card) = app
        .store
        .write(move |tx| {
            let old = remove_card(tx, &user_id, &card_id, now)?;
            let new = NewCard {
                payment_method: &request.payment_method,
                brand: request.brand,
                first4: &request.first4,
                last4: &request.last4,
                expiry,
                save: SaveCardChoice::Save,
                prepared: prepared.clone(),
            };
            Ok::<_, Refusal>((old, add_card(tx, &user_id, &new, now)?))
        })
        .await?;
    release(&app, &old_payment_method).await;
    Ok((StatusCode::CREATED, Json(card)))
}
