package app.pocket.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.text.TextAutoSize
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material.icons.automirrored.filled.List
import androidx.compose.material.icons.filled.Home
import androidx.compose.material.icons.filled.Person
import androidx.compose.material.icons.filled.ShoppingCart
import androidx.compose.material3.BadgedBox
import androidx.compose.material3.Icon
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Badge
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import app.pocket.core.AppView
import app.pocket.core.BannerKind
import app.pocket.core.BannerView
import app.pocket.core.LineView
import app.pocket.core.OpeningFailedView
import app.pocket.core.ProblemView
import app.pocket.core.Screen
import app.pocket.core.Tab
import app.pocket.core.UiEvent

/**
 * The whole app: the core's [view] drawn as it is (title, back arrow, tabs, banner, the
 * bank's page, the screen, the problem dialog, the notice), every tap sent back with
 * [send]. `null` until the core has opened. Nothing here decides anything or writes a word.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun PocketApp(view: AppView?, send: (UiEvent) -> Unit) {
    if (view == null) {
        Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
            CircularProgressIndicator(Modifier.testTag("opening"))
        }
        return
    }
    Scaffold(
        topBar = {
            TopAppBar(
                title = { Text(view.title, modifier = Modifier.testTag("title").semantics { heading() }) },
                navigationIcon = {
                    if (view.canGoBack) {
                        IconButton(
                            onClick = { send(UiEvent.Back) },
                            modifier = Modifier.testTag("back").semantics { contentDescription = view.backLabel },
                        ) { Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = null) }
                    }
                },
            )
        },
        bottomBar = {
            if (view.tabs.isNotEmpty()) {
                NavigationBar {
                    view.tabs.forEach { tab ->
                        // An icon with its badge, and the label on one line: at a large
                        // font scale the label shrinks to the item's width rather than
                        // end in an ellipsis (a tab's label cannot wrap).
                        NavigationBarItem(
                            selected = tab.selected,
                            onClick = { send(UiEvent.SelectTab(tab.tab)) },
                            icon = {
                                BadgedBox(badge = { tab.badge?.let { Badge { Text(it) } } }) {
                                    Icon(tabIcon(tab.tab), contentDescription = null)
                                }
                            },
                            label = {
                                Text(
                                    tab.label,
                                    maxLines = 1,
                                    autoSize = TextAutoSize.StepBased(minFontSize = 8.sp, maxFontSize = LocalTextStyle.current.fontSize),
                                )
                            },
                            alwaysShowLabel = true,
                            modifier = Modifier.testTag("tab.${tab.tab.name}"),
                        )
                    }
                }
            }
        },
    ) { padding ->
        Column(Modifier.padding(padding).fillMaxSize()) {
            view.banner?.let { Banner(it) }
            view.bankPage?.let { BankPage(it) }
            Box(Modifier.weight(1f)) { ScreenContent(view.screen, send) }
            view.notice?.let { notice ->
                Surface(
                    color = MaterialTheme.colorScheme.inverseSurface,
                    modifier = Modifier.fillMaxWidth().clickable { send(UiEvent.DismissNotice) }.testTag("notice"),
                ) {
                    Text(notice, color = MaterialTheme.colorScheme.inverseOnSurface, modifier = Modifier.padding(16.dp))
                }
            }
        }
    }
    view.problem?.let { ProblemDialog(it, onFollow = { send(UiEvent.FollowProblem) }) { send(UiEvent.DismissProblem) } }
}

/** The screen on top. */
@Composable
fun ScreenContent(screen: Screen, send: (UiEvent) -> Unit) {
    when (screen) {
        is Screen.Welcome -> WelcomeScreen(screen.view, send)
        is Screen.SignUp -> SignUpScreen(screen.view, send)
        is Screen.CheckEmail -> CheckEmailScreen(screen.view, send)
        is Screen.SignIn -> SignInScreen(screen.view, send)
        is Screen.ResetPassword -> ResetPasswordScreen(screen.view, send)
        is Screen.RecoverPaymentPassword -> RecoverPaymentPasswordScreen(screen.view, send)
        is Screen.PaymentPassword -> PaymentPasswordScreen(screen.view, send)
        is Screen.SecurityQuestions -> SecurityQuestionsScreen(screen.view, send)
        is Screen.Home -> HomeScreen(screen.view, send)
        is Screen.Limits -> LimitsScreen(screen.view)
        is Screen.TopUp -> TopUpScreen(screen.view, send)
        is Screen.Cards -> CardsScreen(screen.view, send)
        is Screen.AddCard -> AddCardScreen(screen.view, send)
        is Screen.Catalogue -> CatalogueScreen(screen.view, send)
        is Screen.Product -> ProductScreen(screen.view, send)
        is Screen.Cart -> CartScreen(screen.view, send)
        is Screen.Checkout -> CheckoutScreen(screen.view, send)
        is Screen.Pay -> PayScreen(screen.view, send)
        is Screen.Orders -> OrdersScreen(screen.view, send)
        is Screen.Order -> OrderScreen(screen.view, send)
        is Screen.History -> HistoryScreen(screen.view, send)
        is Screen.Receipt -> ReceiptScreen(screen.view, send)
        is Screen.Transfer -> TransferScreen(screen.view, send)
        is Screen.Notifications -> NotificationsScreen(screen.view, send)
        is Screen.Settings -> SettingsScreen(screen.view, send)
        is Screen.Verification -> VerificationScreen(screen.view, send)
        is Screen.Support -> SupportScreen(screen.view, send)
        is Screen.SupportCase -> SupportCaseScreen(screen.view, send)
        is Screen.NewSupportCase -> NewSupportCaseScreen(screen.view, send)
    }
}

@Composable
private fun Banner(banner: BannerView) {
    val color = when (banner.kind) {
        BannerKind.OFFLINE -> MaterialTheme.colorScheme.errorContainer
        BannerKind.SENDING -> MaterialTheme.colorScheme.secondaryContainer
    }
    Text(
        banner.message,
        style = MaterialTheme.typography.bodyMedium,
        modifier = Modifier.fillMaxWidth().background(color).padding(12.dp).testTag("banner"),
    )
}

/** A problem: its title, what happened, what to do, the figures. */
@Composable
private fun ProblemDialog(problem: ProblemView, onFollow: () -> Unit, onDismiss: () -> Unit) {
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(problem.title, modifier = Modifier.testTag("problem.title")) },
        text = {
            Column {
                Text(problem.message, modifier = Modifier.testTag("problem.message"))
                problem.hint?.let { Text(it, modifier = Modifier.padding(top = 8.dp).testTag("problem.hint")) }
                if (problem.figures.isNotEmpty()) {
                    Lines(problem.figures.map { LineView(it.label, it.value) }, "problem.figure")
                }
            }
        },
        confirmButton = {
            TextButton(onClick = onDismiss, modifier = Modifier.testTag("problem.dismiss")) { Text(problem.dismissLabel) }
        },
        dismissButton = problem.action?.let { label ->
            { TextButton(onClick = onFollow, modifier = Modifier.testTag("problem.action")) { Text(label) } }
        },
        modifier = Modifier.testTag("problem"),
    )
}

/** A left chevron (the fonts have no arrow). */
/** The Material icon of a tab; its name is the label beside it. */
private fun tabIcon(tab: Tab): ImageVector = when (tab) {
    Tab.HOME -> Icons.Filled.Home
    Tab.SHOP -> Icons.Filled.ShoppingCart
    Tab.ORDERS -> Icons.AutoMirrored.Filled.List
    Tab.PROFILE -> Icons.Filled.Person
}

/** The core could not open: why (the core's words), the detail for support, and a retry. */
@Composable
fun OpeningFailed(view: OpeningFailedView, retry: () -> Unit) {
    Column(
        Modifier.fillMaxSize().padding(24.dp).testTag("openingFailed"),
        verticalArrangement = Arrangement.spacedBy(12.dp, Alignment.CenterVertically),
    ) {
        Text(view.title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        Text(view.message)
        Note(view.detail, "openingFailed.detail")
        PocketButton(view.retry, "openingFailed.retry", onClick = retry)
    }
}
