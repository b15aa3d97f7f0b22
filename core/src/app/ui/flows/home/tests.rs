//! The home flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::fixtures::*;

#[test]
fn home_shows_pending_top_ups_with_their_dates_and_limits_left() {
    let model = signed_in();
    let home = screen!(model, Home);
    assert_eq!(home.pending_top_ups[0].title, "Bank transfer · $30.00");
    // 23:59 UTC on Dec 1 is 20:59 on Dec 1 in São Paulo.
    assert_eq!(home.pending_top_ups[0].status, "Expected by Dec 1, 2026");
    assert_eq!(home.limits.len(), 2, "balance and card limits on home");
    assert_eq!(home.limits[0].method, "Payments from your balance");
    assert_eq!(home.limits[0].left_today, "$220.00 left today");
    assert_eq!(home.limits[0].left_this_month, "$920.00 left this month");
    assert_eq!(
        home.verification.as_deref(),
        Some("Verify your identity to raise your limits and make large purchases.")
    );
}
