//! The settings flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::destination::Tab;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::task::{Done, Task};
use crate::app::ui::update::{update, Input, Opened};
use crate::app::*;
use crate::topup::TopUpRail;

#[test]
fn changing_the_language_rewords_everything_with_that_locales_formats() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ChangeLanguage });
    let languages = screen!(model, Settings).languages.expect("the list is open");
    assert!(languages.iter().any(|l| l.id == "ru" && l.label == "Русский"));
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ChooseLanguage { id: "ru".into() } });
    assert_eq!(tasks, [Task::SetLanguage { language: "ru".into() }]);
    done(&mut model, Done::LanguageSet(Ok(profile_where(|p| p.language = "ru".into()))));
    assert_eq!(look(&model).language, "ru");
    send(&mut model, UiEvent::SelectTab { tab: Tab::Home });
    let home = screen!(model, Home);
    assert_eq!(home.balances[1].available, "12\u{a0}345,50\u{a0}₽");
}

#[test]
fn a_russian_shopper_reads_russian_with_russian_formats_and_times() {
    let mut model = new_model("ru-RU");
    let opened = Opened {
        signed_in: true,
        screens: SavedScreens { profile: Some(profile_where(|p| p.language = "ru".into())), ..screens() },
        pending: Vec::new(),
        saved: None,
    };
    update(&mut model, Input::Opened(Box::new(opened)), now());
    let home = screen!(model, Home);
    assert_eq!(home.greeting, "Здравствуйте, Maria");
    assert_eq!(home.balances[0].available, "150,00\u{a0}$");
    assert_eq!(home.balances[1].available, "12\u{a0}345,50\u{a0}₽");
    assert_eq!(home.pending_top_ups[0].status, "Ожидается до 1 дек. 2026 г.");
    assert_eq!(home.limits[0].left_today, "Осталось на сегодня: 220,00\u{a0}$");
    let view = look(&model);
    assert_eq!(view.tabs[0].label, "Главная");
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let transfer = screen!(model, TopUp).rails.into_iter().find(|r| r.rail == TopUpRail::BankTransfer).unwrap();
    assert_eq!(transfer.arrival, "Зачисляется за 7 рабочих дней");
}

#[test]
fn signing_out_asks_first_and_keeps_what_is_waiting_to_be_sent() {
    let mut model = signed_in();
    model.pending = vec![pending("act_1", "pay", "ord_1", PendingState::Sending)];
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::SignOut });
    let confirm = screen!(model, Settings).confirm_sign_out.unwrap();
    assert!(confirm.message.starts_with("One payment or transfer is still waiting to be sent."));
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ConfirmSignOut });
    assert_eq!(tasks, [Task::LogOut]);
    done(&mut model, Done::LoggedOut);
    screen!(model, Welcome);
    assert!(look(&model).tabs.is_empty());
}

#[test]
fn signing_out_everywhere_asks_first_and_stays_signed_in_if_the_service_is_unreachable() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    assert_eq!(screen!(model, Settings).sign_out_everywhere.label, "Sign out on all devices");
    send(&mut model, UiEvent::Settings { event: SettingsEvent::SignOutEverywhere });
    let confirm = screen!(model, Settings).confirm_sign_out_everywhere.unwrap();
    assert!(confirm.destructive && confirm.message.contains("lost or shared"));
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ConfirmSignOutEverywhere });
    assert_eq!(tasks, [Task::LogOutEverywhere]);
    done(&mut model, Done::LogOutEverywhereFailed(PocketError::Offline { reason: "no network".into() }));
    screen!(model, Settings);
    assert!(look(&model).problem.is_some());

    send(&mut model, UiEvent::Settings { event: SettingsEvent::SignOutEverywhere });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ConfirmSignOutEverywhere });
    done(&mut model, Done::LoggedOut);
    screen!(model, Welcome);
}
