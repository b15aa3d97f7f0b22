//! The notifications flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::Route;
use crate::app::ui::task::{Done, Task};
use crate::app::*;
use crate::contract::wallet::NotificationKind;

#[test]
fn new_notifications_count_on_home_until_the_list_is_opened() {
    let mut model = signed_in();
    let note = |id: i64, kind: &str| Notification {
        id,
        kind: NotificationKind::from_name(kind),
        message: format!("message {id}"),
        reference: "ord_1".into(),
        created_at: now(),
        facts: Default::default(),
    };
    engine(&mut model, PocketEvent::NotificationReceived { notification: note(1, "order_shipped") });
    engine(&mut model, PocketEvent::NotificationReceived { notification: note(2, "top_up_settled") });
    let home = screen!(model, Home);
    let bell = home.shortcuts.iter().find(|s| s.destination == Destination::Notifications).unwrap();
    assert_eq!(bell.badge.as_deref(), Some("2"));
    send(&mut model, UiEvent::Open { destination: Destination::Notifications });
    let list = screen!(model, Notifications);
    assert_eq!(list.items[0].title, "Money arrived");
    assert!(list.items.iter().all(|n| n.unread), "new during this visit");
    assert!(list.items[1].opens_order);
    send(&mut model, UiEvent::Back);
    let home = screen!(model, Home);
    assert_eq!(home.shortcuts.iter().find(|s| s.destination == Destination::Notifications).unwrap().badge, None);
}

#[test]
fn the_push_token_is_registered_once_signed_in_and_a_tapped_push_opens_the_screen_it_is_about() {
    use crate::contract::wallet::PushPlatform;
    let mut model = signed_out();
    let token = UiEvent::PushToken { platform: PushPlatform::Fcm, token: "fcm:token-1".into() };
    assert!(send(&mut model, token).is_empty(), "nothing to register before sign-in");
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    send(
        &mut model,
        UiEvent::SignIn { event: SignInEvent::Submit { email: "maria@example.com".into(), password: secret("pw") } },
    );
    let tasks = done(&mut model, Done::LoggedIn(Ok(profile())));
    assert!(tasks.contains(&Task::RegisterPushToken { platform: PushPlatform::Fcm, token: "fcm:token-1".into() }));

    let tasks =
        send(&mut model, UiEvent::OpenNotification { kind: "support_reply".into(), reference: "case_1".into() });
    assert_eq!(model.route(), Some(&Route::SupportCase { case_id: "case_1".into() }));
    assert!(tasks.contains(&Task::LoadSupportCases));
    let tasks = send(&mut model, UiEvent::OpenNotification { kind: "payment".into(), reference: "ord_1".into() });
    assert_eq!(model.route(), Some(&Route::Order { order_id: "ord_1".into() }));
    assert!(tasks.contains(&Task::LoadOrder { order_id: "ord_1".into() }));
    send(&mut model, UiEvent::OpenNotification { kind: "verification_approved".into(), reference: "idv_1".into() });
    assert_eq!(model.route(), Some(&Route::Verification));
}
