"""Schema-driven fuzzing of the service, as `make test` runs it.

Starts the sandbox service on a fresh data directory, signs a shopper up
through the API (email confirmed, payment password set, money granted),
then lets Schemathesis send what the served OpenAPI document allows, and
much that it does not, with that shopper's session:

- no answer may be a 5xx;
- every answer must be a documented status, with the documented content
  type, headers and body schema;

and afterwards the ledger check must find the books balanced.

Operations that end the session or move the sandbox clock (which ends it
too) run last, in a second pass, so they cannot starve the others.

Usage: run.py --server PATH [--examples N]
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

CHECKS = ",".join([
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
])

# Ending the session or moving the clock past its life spoils the rest.
LAST = ["/v1/sessions", "/v1/sessions/current", "/v1/sandbox/clock/advance"]

EMAIL = "fuzz@example.com"
PASSWORD = "correct horse battery"
PAYMENT_PASSWORD = "381947"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None, token=None, key=None):
    request = urllib.request.Request(base + path, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    if key:
        request.add_header("idempotency-key", key)
    data = json.dumps(body).encode() if body is not None else None
    try:
        with urllib.request.urlopen(request, data, timeout=10) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def tokenize(base, number):
    """A test card tokenized with the sandbox's card processor, as the phone
    does (Stripe's form): its payment-method id."""
    form = urllib.parse.urlencode({
        "type": "card", "card[number]": number, "card[exp_month]": "12", "card[exp_year]": "2030",
    }).encode()
    request = urllib.request.Request(base + "/v1/sandbox/processor/v1/payment_methods", data=form, method="POST")
    request.add_header("content-type", "application/x-www-form-urlencoded")
    request.add_header("authorization", "Bearer pk_sandbox")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())["id"]


def wait_until_up(base, server):
    for _ in range(200):
        if server.poll() is not None:
            sys.exit("the service stopped while starting")
        try:
            if call(base, "GET", "/v1/health")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit("the service did not start")


def shopper(base):
    """A signed-in shopper with a payment password and money: the token and
    the user id."""
    form = {
        "email": EMAIL, "password": PASSWORD, "given_name": "Fuzz", "family_name": "Tester",
        "address": "Rua Augusta 1500", "phone": "+5511900000999", "national_id": "123", "country": "BR",
    }
    status, body = call(base, "POST", "/v1/accounts", form)
    assert status == 202, body
    _, inbox = call(base, "GET", f"/v1/sandbox/messages?recipient={EMAIL}")
    status, body = call(base, "POST", "/v1/accounts/confirm-email", {"token": inbox["messages"][0]["code"]})
    assert status == 200, body
    status, session = call(base, "POST", "/v1/sessions", {"email": EMAIL, "password": PASSWORD})
    assert status == 201, session
    token = session["token"]
    body = {"password": PAYMENT_PASSWORD, "confirmation": PAYMENT_PASSWORD}
    status, answer = call(base, "PUT", "/v1/me/payment-password", body, token)
    assert status == 200, answer
    for currency, amount in [("USD", "500.00"), ("RUB", "20000.00")]:
        grant = {"user_id": session["user_id"], "amount": {"amount": amount, "currency": currency}}
        status, answer = call(base, "POST", "/v1/sandbox/grant", grant, key=f"fuzz-grant-{currency}")
        assert status == 201, answer
    return token, session["user_id"]


def things_to_act_on(base, token):
    """Real ids for the path parameters, so the fuzzer reaches past "not
    found": orders in each state, saved cards, top-ups."""
    case = {"product_id": "prd_phone_case", "options": {"model": "Pixel 8", "colour": "teal"}, "quantity": 1}
    orders = []
    for _ in range(5):
        status, checkout = call(base, "POST", "/v1/checkout", {"items": [case]}, token)
        assert status == 201, checkout
        orders.append(checkout["orders"][0]["id"])
    pay = {"payment_password": PAYMENT_PASSWORD, "source": {"kind": "balance", "currency": "USD"}}
    for order in orders[1:]:
        status, answer = call(base, "POST", f"/v1/orders/{order}/pay", pay, token, key=f"fuzz-pay-{order}")
        assert status == 200, answer
    for order in orders[2:]:
        call(base, "POST", f"/v1/sandbox/orders/{order}/ship", {"tracking_number": "LP00123"})
    for order in orders[3:]:
        call(base, "POST", f"/v1/sandbox/orders/{order}/deliver", {})
    call(base, "POST", f"/v1/orders/{orders[4]}/dispute", {"reason": "not_as_described"}, token)
    cards = []
    for number, last4 in [("4242 4242 4242 4242", "4242"), ("4000 0000 0000 3220", "3220")]:
        body = {"payment_method": tokenize(base, number), "brand": "visa", "first4": number[:4], "last4": last4,
                "expiry": "12/30", "save": "save"}
        status, card = call(base, "POST", "/v1/cards", body, token)
        assert status == 201, card
        cards.append(card["id"])
    top_ups = []
    for rail, amount in [("boleto", {"amount": "100.00", "currency": "BRL"}), ("bank_transfer", {"amount": "50.00", "currency": "USD"})]:
        body = {"rail": rail, "amount": amount}
        status, top_up = call(base, "POST", "/v1/top-ups", body, token, key=f"fuzz-top-up-{rail}")
        assert status == 201, top_up
        top_ups.append(top_up["id"])
    return {"orders": orders, "cards": cards, "top_ups": top_ups}


def config_file(directory, token, user_id, ids):
    """schemathesis.toml: the session, and the ids path parameters take
    (four times in five; otherwise whatever the fuzzer makes)."""
    quoted = lambda values: "[" + ", ".join(json.dumps(v) for v in values) + "]"
    dictionaries = {"order_id": ids["orders"], "card_id": ids["cards"], "top_up_id": ids["top_ups"], "user_id": [user_id]}
    lines = [f'headers = {{ Authorization = "Bearer {token}" }}', ""]
    for name, values in dictionaries.items():
        lines += [f"[dictionaries.{name}]", f"values = {quoted(values)}", ""]
    lines.append("[parameters]")
    for name in dictionaries:
        lines.append(f'"path.{name}" = {{ dictionary = "{name}", probability = 0.8 }}')
    path = os.path.join(directory, "schemathesis.toml")
    with open(path, "w") as file:
        file.write("\n".join(lines) + "\n")
    return path


def schemathesis(st, base, config, examples, only=None, skip=None):
    command = [
        st, "--config-file", config, "run", base + "/v1/openapi.json",
        "--checks", CHECKS,
        "--max-examples", str(examples),
        "--phases", "examples,coverage,fuzzing",
        "--workers", "1",
        "--seed", "20261123",
        "--request-timeout", "40",
        "--no-color",
    ]
    for path in only or []:
        command += ["--include-path", path]
    for path in skip or []:
        command += ["--exclude-path", path]
    print("$", " ".join(command[:5]), "...", flush=True)
    return subprocess.run(command).returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--examples", type=int, default=25)
    args = parser.parse_args()
    st = shutil.which("st", path=os.path.dirname(sys.executable)) or "st"
    data_dir = tempfile.mkdtemp(prefix="pocket-fuzz-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, POCKET_LOG="warn")
    server = subprocess.Popen(
        [args.server, "serve", "--sandbox", "--data-dir", data_dir, "--listen", f"127.0.0.1:{port}"],
        env=env, stdout=subprocess.DEVNULL,
    )
    try:
        wait_until_up(base, server)
        token, user_id = shopper(base)
        config = config_file(data_dir, token, user_id, things_to_act_on(base, token))
        failed = schemathesis(st, base, config, args.examples, skip=LAST)
        failed |= schemathesis(st, base, config, args.examples, only=LAST)
    finally:
        server.terminate()
        server.wait(timeout=30)
    check = subprocess.run([args.server, "check", "--data-dir", data_dir])
    shutil.rmtree(data_dir, ignore_errors=True)
    if failed or check.returncode:
        sys.exit("fuzzing found answers outside the document, or the ledger check failed")
    print("fuzzing: every answer documented, no 5xx, the ledger is healthy")


if __name__ == "__main__":
    main()
