"""The staff console in a real browser: headless Chromium (Debian's), driven
by Selenium, against a real `pocket-server --sandbox` process.

A shopper opens a support case and disputes an order through the API; a
support agent made with `pocket-server staff add` signs in with her password
and the TOTP code her authenticator would show, finds the case, answers and
resolves it, and decides the dispute with a partial refund; a compliance
agent approves the shopper's identity document (seen by its last 4 only)
and finds the shopper's page; a finance agent credits a bank transfer the
simulated bank held past its date; an admin reads the audit log. The
shopper's API then shows the reply, the refund, the raised level and the
money. A compliance agent is refused the cases page; a form posted without
its CSRF token is refused; every action is in the audit log; the pages a
phone opens fit its width. Each page reached is captured to target/screenshots/staff (with
--write-docs, also to docs/staff for the README).

Usage: run.py --server PATH/TO/pocket-server --shopper-app PATH/TO/shopper_sees [--write-docs]

`shopper_sees` (tests/src/bin) is the shopper's app core, `PocketUi`,
signed in through its screens as a shell drives it: after support and
compliance acted, it prints what her case, her order, her limits and her
notifications show, and this test checks that.
"""

import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def totp(secret_base32, at):
    """RFC 6238 (SHA-1, 6 digits, 30 s), as an authenticator app computes it."""
    key = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return "%06d" % (number % 1_000_000)


def service_now(base):
    """The service's time (the sandbox clock may be ahead of this machine's):
    what a TOTP code is checked against."""
    _, clock = call(base, "GET", "/v1/sandbox/clock")
    return datetime.datetime.fromisoformat(clock["now"].replace("Z", "+00:00")).timestamp()


def call(base, method, path, body=None, token=None, key=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    if key:
        request.add_header("idempotency-key", key)
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def staff_member(server, data_dir, email, role):
    output = subprocess.run(
        [server, "staff", "add", email, "--role", role, "--data-dir", data_dir],
        check=True, capture_output=True, text=True,
    ).stdout
    lines = dict(line.split(" ", 1) for line in output.splitlines() if " " in line and not line.startswith("("))
    secret = urllib.parse.parse_qs(urllib.parse.urlparse(lines["totp"]).query)["secret"][0]
    return lines["password"], secret


def shopper_with_a_case(base):
    email = "maria@example.com"
    status, _ = call(base, "POST", "/v1/accounts", {
        "email": email, "password": "correct horse", "given_name": "Maria", "family_name": "Souza",
        "address": "Rua Augusta 1500", "phone": "+5511900000301", "national_id": "123.456.789-09",
        "country": "BR", "language": "en",
    })
    assert status == 202, status
    _, sent = call(base, "GET", "/v1/sandbox/messages?recipient=" + urllib.parse.quote(email))
    status, _ = call(base, "POST", "/v1/accounts/confirm-email", {"token": sent["messages"][0]["code"]})
    assert status == 200, status
    _, session = call(base, "POST", "/v1/sessions", {"email": email, "password": "correct horse"})
    token = session["token"]
    status, case = call(base, "POST", "/v1/support/cases", {"topic": "other", "message": "Where do I see my receipts?"}, token)
    assert status == 201, (status, case)
    return token, case["id"]


def disputed_order(base, token):
    """A paid phone case, shipped, delivered and disputed: as not described."""
    status, _ = call(base, "PUT", "/v1/me/payment-password", {"password": "381947", "confirmation": "381947"}, token)
    assert status == 200, status
    questions = {"answers": [{"question": q, "answer": a} for q, a in
                             (("First pet?", "Rex"), ("Street you grew up on?", "Augusta"), ("First school?", "Escola 1"))]}
    status, answer = call(base, "PUT", "/v1/me/security-questions", questions, token)
    assert status in (200, 204), (status, answer)
    _, me = call(base, "GET", "/v1/me", token=token)
    grant = {"user_id": me["user_id"], "amount": {"amount": "20.00", "currency": "USD"}}
    assert call(base, "POST", "/v1/sandbox/grant", grant, key="grant-1")[0] == 201
    item = {"product_id": "prd_phone_case", "options": {"model": "Pixel 8", "colour": "teal"}, "quantity": 1}
    _, checkout = call(base, "POST", "/v1/checkout", {"items": [item]}, token)
    order = checkout["orders"][0]["id"]
    pay = {"payment_password": "381947", "source": {"kind": "balance", "currency": "USD"}}
    assert call(base, "POST", "/v1/orders/%s/pay" % order, pay, token, key="pay-1")[0] == 200
    assert call(base, "POST", "/v1/sandbox/orders/%s/ship" % order, {"tracking_number": "LP1"})[0] == 200
    assert call(base, "POST", "/v1/sandbox/orders/%s/deliver" % order, {})[0] == 200
    assert call(base, "POST", "/v1/orders/%s/dispute" % order, {"reason": "not_as_described"}, token)[0] == 200
    return order


class Browser:
    def __init__(self, shots):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,900"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.shots = shots

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(self.shots, name + ".png"))

    def wait_for(self, testid):
        """The element once the page showing it has loaded (a click's page
        may still be on its way)."""
        located = (By.CSS_SELECTOR, "[data-testid=%s]" % testid)
        return WebDriverWait(self.driver, 10).until(expected_conditions.presence_of_element_located(located))

    def sign_in(self, base, email, password, secret):
        self.driver.get(base + "/staff/sign-in")
        self.wait_for("sign-in")
        self.driver.find_element(By.ID, "email").send_keys(email)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.ID, "code").send_keys(totp(secret, service_now(base)))
        self.driver.find_element(By.CSS_SELECTOR, "[data-testid=submit]").click()
        self.wait_for("signed-in-as")

    def fits_a_phone(self, name):
        """The page as a phone shows it (390 px wide): nothing wider than the
        screen, so nothing needs a sideways scroll."""
        self.driver.set_window_size(390, 844)
        self.driver.refresh()
        self.wait_for("signed-in-as")
        overflow = self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        self.shot(name + "-phone")
        self.driver.set_window_size(1100, 900)
        assert overflow <= 0, "%s is %d px wider than a phone" % (name, overflow)

    def wait_for_text(self, testid, expected):
        """Until the element shows `expected`: a click's answer replaces the
        page, so an element found on the old one may go stale meanwhile (or,
        in Chromium, belong to no document any more), and is looked up
        again. A page that never shows it still fails, after 10 s."""
        def shows_it(driver):
            try:
                return self.text(testid) == expected
            except WebDriverException as error:
                if isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(error):
                    return False
                raise
        WebDriverWait(self.driver, 10).until(shows_it)

    def text(self, testid):
        return self.wait_for(testid).text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--shopper-app", required=True)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    shots = os.path.join(ROOT, "target", "screenshots", "staff")
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    data_dir = tempfile.mkdtemp(prefix="pocket-staff-")
    service = subprocess.Popen(
        [args.server, "serve", "--sandbox", "--data-dir", data_dir, "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, "POCKET_LOG": "warn"},
    )
    browser = None
    try:
        line = ""
        while not line.startswith("Pocket service listening on "):
            line = service.stdout.readline()
            assert line, "the service stopped before it listened"
        base = line.split()[4]
        token, case_id = shopper_with_a_case(base)
        order_id = disputed_order(base, token)
        document = {"document_type": "passport", "document_number": "FZ 123-4567", "issuing_country": "BR",
                    "name_on_document": "Maria Souza"}
        status, asked = call(base, "POST", "/v1/me/verification", document, token)
        assert status == 202, (status, asked)
        check_id = asked["request_id"]
        ana_password, ana_secret = staff_member(args.server, data_dir, "ana@pocket.example", "support")
        lea_password, lea_secret = staff_member(args.server, data_dir, "lea@pocket.example", "compliance")

        browser = Browser(shots)
        browser.driver.get(base + "/staff")
        browser.wait_for("sign-in")
        assert browser.driver.current_url.endswith("/staff/sign-in"), "the console asks to sign in first"
        browser.shot("sign-in")
        browser.sign_in(base, "ana@pocket.example", ana_password, ana_secret)
        assert "ana@pocket.example" in browser.text("signed-in-as"), browser.driver.page_source
        cookie = browser.driver.get_cookie("pocket_staff")
        assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Strict", cookie
        browser.shot("home-support")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=area-cases]").click()
        browser.wait_for("case-%s" % case_id)
        browser.shot("cases")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=case-%s]" % case_id).click()
        browser.wait_for("reply")
        assert "Where do I see my receipts?" in browser.driver.page_source
        browser.driver.find_element(By.ID, "message").send_keys("In History: tap a payment to see its receipt.")
        browser.shot("case")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=resolve]").click()
        browser.wait_for_text("status", "Resolved")
        browser.shot("case-resolved")

        # The dispute: a partial refund, the rest to the seller.
        browser.driver.get(base + "/staff")
        browser.wait_for("area-disputes").click()
        browser.wait_for("dispute-%s" % order_id).click()
        browser.wait_for("decide")
        browser.fits_a_phone("dispute")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=partial-refund]").click()
        browser.driver.find_element(By.ID, "amount").send_keys("1.00")
        browser.shot("dispute")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=submit-decision]").click()
        browser.wait_for_text("status", "Completed")
        _, order = call(base, "GET", "/v1/orders/" + order_id, token=token)
        assert (order["status"], order["refunded"]["amount"]) == ("completed", "1.00"), order

        _, cases = call(base, "GET", "/v1/support/cases", token=token)
        mine = cases["cases"][0]
        assert mine["status"] == "resolved", mine
        assert mine["messages"][-1]["body"] == "In History: tap a payment to see its receipt.", mine

        # A form without the session's CSRF token is refused.
        form = urllib.parse.urlencode({"message": "forged", "outcome": "answer"}).encode()
        forged = urllib.request.Request(base + "/staff/cases/%s/reply" % case_id, data=form, method="POST")
        forged.add_header("content-type", "application/x-www-form-urlencoded")
        forged.add_header("cookie", "pocket_staff=" + cookie["value"])
        try:
            urllib.request.urlopen(forged)
            raise AssertionError("a form without its CSRF token was taken")
        except urllib.error.HTTPError as error:
            assert error.code in (400, 403), error.code

        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=sign-out]").click()
        browser.wait_for("sign-in")
        browser.sign_in(base, "lea@pocket.example", lea_password, lea_secret)
        browser.driver.get(base + "/staff/cases")
        assert "not part of your role" in browser.text("problem"), browser.driver.page_source
        browser.shot("not-your-part")
        # Compliance's own part: the identity, shown by its last 4 only, approved.
        browser.driver.get(base + "/staff/identity")
        browser.wait_for("check-" + check_id)
        assert "4567" in browser.driver.page_source and "FZ 123" not in browser.driver.page_source
        browser.shot("identity")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=approve-%s]" % check_id).click()
        browser.wait_for("no-checks")
        _, me = call(base, "GET", "/v1/me", token=token)
        assert me["level"] == "identity_verified", me
        # What her app shows now: the answer, the partial refund, the raised
        # limits, and each in her notifications.
        seen = json.loads(subprocess.run(
            [args.shopper_app, base, "maria@example.com", "correct horse", order_id],
            check=True, capture_output=True, text=True, timeout=120,
        ).stdout)
        answer = "In History: tap a payment to see its receipt."
        assert any(m["from_support"] and m["body"] == answer for m in seen["case"]["messages"]), seen["case"]
        assert {"label": "Refunded", "value": "$1.00"} in seen["order"]["lines"], seen["order"]
        assert "identity verified" in seen["limits"]["standing"], seen["limits"]
        for title in ("Request resolved", "Refund", "Identity verified"):
            assert title in seen["notifications"], seen["notifications"]
        # The shopper's page: found by her email, her card and document by their last 4.
        browser.driver.get(base + "/staff")
        browser.wait_for("area-shoppers").click()
        browser.wait_for("email").send_keys("maria@example.com")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=find]").click()
        assert browser.text("shopper-name") == "Maria Souza", browser.driver.page_source
        assert "4567" in browser.driver.page_source and "FZ 123" not in browser.driver.page_source
        browser.shot("shopper")
        browser.fits_a_phone("shopper")

        # A bank transfer the simulated bank holds past its date: late, until
        # finance credits it.
        top_up = {"rail": "bank_transfer", "amount": {"amount": "100.00", "currency": "USD"}}
        status, started = call(base, "POST", "/v1/top-ups", top_up, token, key="top-up-1")
        assert status == 201, (status, started)
        assert call(base, "POST", "/v1/sandbox/top-ups/%s/hold" % started["id"], {})[0] == 200
        assert call(base, "POST", "/v1/sandbox/clock/advance", {"days": 12})[0] == 200
        vera_password, vera_secret = staff_member(args.server, data_dir, "vera@pocket.example", "finance")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=sign-out]").click()
        browser.wait_for("sign-in")
        browser.sign_in(base, "vera@pocket.example", vera_password, vera_secret)
        browser.wait_for("area-top-ups").click()
        assert "Late by" in browser.text("late-" + started["id"]), browser.driver.page_source
        browser.shot("top-ups")
        browser.fits_a_phone("top-ups")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=credit-%s]" % started["id"]).click()
        browser.wait_for("no-top-ups")
        browser.driver.get(base + "/staff/ledger")
        browser.wait_for("ledger-healthy")
        browser.shot("ledger")
        _, session = call(base, "POST", "/v1/sessions", {"email": "maria@example.com", "password": "correct horse"})
        _, balances = call(base, "GET", "/v1/balances", token=session["token"])
        usd = [b for b in balances["balances"] if b["currency"] == "USD"][0]
        assert (usd["available"]["amount"], usd["pending"]["amount"]) == ("117.01", "0.00"), usd

        root_password, root_secret = staff_member(args.server, data_dir, "root@pocket.example", "admin")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-testid=sign-out]").click()
        browser.wait_for("sign-in")
        browser.sign_in(base, "root@pocket.example", root_password, root_secret)
        browser.wait_for("area-audit").click()
        browser.wait_for("audit-entry")
        assert "top_up.credit" in browser.driver.page_source, browser.driver.page_source
        browser.shot("audit")
        browser.fits_a_phone("audit")

        with sqlite3.connect(os.path.join(data_dir, "pocket.sqlite3")) as db:
            actions = db.execute("SELECT action, subject FROM staff_audit").fetchall()
        assert actions == [
            ("case.resolve", "case:" + case_id),
            ("dispute.decide", "order:" + order_id),
            ("identity.approve", "verification:" + check_id),
            ("top_up.credit", "top_up:" + started["id"]),
        ], actions
        if args.write_docs:
            docs = os.path.join(ROOT, "docs", "staff")
            os.makedirs(docs, exist_ok=True)
            for name in ("sign-in", "cases", "case", "dispute", "identity", "shopper", "top-ups", "audit"):
                shutil.copy(os.path.join(shots, name + ".png"), docs)
        print("staff console: signed in with TOTP codes, resolved a case, decided a dispute, approved an identity "
              "(her app shows all three), found a shopper, credited a late top-up and read the audit log in Chromium; "
              "refusals hold")
    finally:
        if browser:
            browser.driver.quit()
        service.terminate()
        service.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
