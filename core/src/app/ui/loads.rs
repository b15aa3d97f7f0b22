//! What a screen needs loaded, and the bookkeeping that keeps one load from
//! being asked for twice. Below the flows: a flow that opens a screen asks
//! here for its loads.

use super::model::{LoadStatus, Model, Route};
use super::task::Task;

/// The loads a route needs: what it shows, unless already loaded (or
/// always, when `refresh`).
pub(crate) fn loads_for(model: &mut Model, route: &Route, refresh: bool) -> Vec<Task> {
    let wanted: Vec<Task> = match route {
        Route::Home => vec![Task::LoadWallet, Task::LoadProfile],
        Route::Limits | Route::Transfer => vec![Task::LoadWallet],
        Route::TopUp => vec![Task::LoadWallet, Task::LoadCards],
        Route::Cards => vec![Task::LoadCards],
        Route::Catalogue | Route::Product { .. } | Route::Cart | Route::Checkout => vec![Task::LoadCatalogue],
        Route::Orders => vec![Task::LoadOrders, Task::LoadCatalogue],
        Route::Order { order_id } => vec![Task::LoadOrder { order_id: order_id.clone() }, Task::LoadCatalogue],
        Route::History => vec![Task::LoadHistory],
        Route::Receipt { order_id } => vec![Task::LoadReceipt { order_id: order_id.clone() }],
        Route::RefundReceipt { order_id } => vec![Task::LoadRefundReceipt { order_id: order_id.clone() }],
        Route::Notifications => vec![Task::LoadNotifications],
        Route::Settings => vec![Task::LoadProfile],
        Route::Verification => vec![Task::LoadVerification, Task::LoadProfile],
        Route::Support | Route::SupportCase { .. } => vec![Task::LoadSupportCases],
        Route::Pay => vec![Task::LoadWallet, Task::LoadCards],
        _ => Vec::new(),
    };
    wanted.into_iter().flat_map(|task| if refresh { reload(model, task) } else { load(model, task) }).collect()
}

/// `task` if what it loads has not arrived and is not being loaded.
pub(crate) fn load(model: &mut Model, task: Task) -> Vec<Task> {
    let settled = matches!(loadable_status(model, &task), Some(LoadStatus::Ready | LoadStatus::Loading));
    if settled {
        Vec::new()
    } else {
        reload(model, task)
    }
}

/// `task` now, even if the same load is under way: what it reads changed
/// since that one started.
pub(crate) fn reload(model: &mut Model, task: Task) -> Vec<Task> {
    match &task {
        Task::LoadProfile => model.profile.start(),
        Task::LoadWallet => model.wallet.start(),
        Task::LoadCards => model.cards.start(),
        Task::LoadCatalogue => model.catalogue.start(),
        Task::LoadOrders => model.orders.start(),
        Task::LoadHistory => model.history.start(),
        Task::LoadNotifications => model.notifications.start(),
        Task::LoadReceipt { order_id } => model.receipts.entry(order_id.clone()).or_default().start(),
        Task::LoadRefundReceipt { order_id } => model.refund_receipts.entry(order_id.clone()).or_default().start(),
        Task::LoadVerification => model.verification.start(),
        Task::LoadSupportCases => model.support.start(),
        _ => {}
    }
    vec![task]
}

fn loadable_status<'a>(model: &'a mut Model, task: &Task) -> Option<&'a LoadStatus> {
    Some(match task {
        Task::LoadProfile => &model.profile.status,
        Task::LoadWallet => &model.wallet.status,
        Task::LoadCards => &model.cards.status,
        Task::LoadCatalogue => &model.catalogue.status,
        Task::LoadOrders => &model.orders.status,
        Task::LoadHistory => &model.history.status,
        Task::LoadNotifications => &model.notifications.status,
        Task::LoadReceipt { order_id } => &model.receipts.entry(order_id.clone()).or_default().status,
        Task::LoadRefundReceipt { order_id } => &model.refund_receipts.entry(order_id.clone()).or_default().status,
        Task::LoadVerification => &model.verification.status,
        Task::LoadSupportCases => &model.support.status,
        _ => return None,
    })
}
