//! What a shopper's app shows, for a test outside Rust: signs in through the
//! app's screens (`PocketUi`, as a shell drives it) against a running
//! sandbox service, opens her latest support case, an order and her
//! limits, and prints what each screen says as JSON. The staff console's
//! browser test (`tests/staff_console/run.py`) runs it after staff acted,
//! to see the outcome where the shopper sees it.
//!
//! Usage: shopper_sees SERVICE_URL EMAIL PASSWORD ORDER_ID

use pocket_core::app::ui::*;
use pocket_e2e::{on_screen, TestApp, TestPhone};
use serde_json::json;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [service_url, email, password, order_id] = args.as_slice() else {
        eprintln!("usage: shopper_sees SERVICE_URL EMAIL PASSWORD ORDER_ID");
        std::process::exit(2);
    };
    let phone = TestPhone::at(service_url);
    let mut app = TestApp::open(&phone).await;
    app.until("welcome", |v| on_screen!(v, Welcome).cloned()).await;
    app.tap(UiEvent::Open { destination: Destination::SignIn });
    app.until("sign-in", |v| on_screen!(v, SignIn).cloned()).await;
    let submit = SignInEvent::Submit { email: email.clone(), password: SecretText::new(password) };
    app.tap(UiEvent::SignIn { event: submit });
    app.until("home", |v| on_screen!(v, Home).cloned()).await;

    app.tap(UiEvent::Open { destination: Destination::Support });
    let cases = app.until("her requests", |v| on_screen!(v, Support).filter(|s| !s.cases.is_empty()).cloned()).await;
    app.tap(UiEvent::Support { event: SupportEvent::OpenCase { case_id: cases.cases[0].id.clone() } });
    let case =
        app.until("her request", |v| on_screen!(v, SupportCase).filter(|c| !c.messages.is_empty()).cloned()).await;

    app.tap(UiEvent::SelectTab { tab: Tab::Orders });
    app.tap(UiEvent::Orders { event: OrdersEvent::Open { order_id: order_id.clone() } });
    let order = app.until("the order", |v| on_screen!(v, Order).filter(|o| &o.id == order_id).cloned()).await;

    app.tap(UiEvent::Open { destination: Destination::Limits });
    let limits = app.until("her limits", |v| on_screen!(v, Limits).filter(|l| !l.loading).cloned()).await;

    app.tap(UiEvent::Open { destination: Destination::Notifications });
    let feed = app.until("her notifications", |v| on_screen!(v, Notifications).filter(|n| !n.loading).cloned()).await;

    let seen = json!({
        "case": {
            "status": case.status,
            "messages": case.messages.iter().map(|m| json!({ "from_support": m.from_support, "body": m.body })).collect::<Vec<_>>(),
        },
        "order": {
            "status": order.status,
            "lines": order.lines.iter().map(|l| json!({ "label": l.label, "value": l.value })).collect::<Vec<_>>(),
        },
        "limits": { "standing": limits.standing },
        "notifications": feed.items.iter().map(|n| n.title.clone()).collect::<Vec<_>>(),
    });
    println!("{seen}");
}
