-- Escrow in one account per currency (USD: orders are priced in it), each
-- journal naming its order as its reference, instead of an account opened
-- for every order: a payment then writes to an account that exists. What
-- an order's own account still holds moves to the pooled one in a journal
-- of its own that names the order, dated with the order's last journal,
-- so what escrow holds for each order reads the same before and after.
INSERT INTO ledger_accounts (account_key, currency, may_go_negative)
SELECT 'escrow:USD', 'USD', 0
WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts WHERE account_key = 'escrow:USD');

INSERT INTO ledger_journals (code, reference, created_at)
SELECT 'escrow_pooled', substr(held.account_key, 8),
       (SELECT MAX(j.created_at) FROM ledger_journals j WHERE j.reference = substr(held.account_key, 8))
FROM ledger_accounts held
WHERE held.account_key LIKE 'escrow:%' AND held.account_key != 'escrow:USD'
  AND held.credits_minor != held.debits_minor;

INSERT INTO ledger_legs (journal_id, debit_account_id, credit_account_id, amount_minor, currency)
SELECT j.id, held.id, pooled.id, held.credits_minor - held.debits_minor, 'USD'
FROM ledger_journals j
JOIN ledger_accounts held ON held.account_key = 'escrow:' || j.reference
JOIN ledger_accounts pooled ON pooled.account_key = 'escrow:USD'
WHERE j.code = 'escrow_pooled';

UPDATE ledger_accounts SET credits_minor = credits_minor + (
    SELECT COALESCE(SUM(held.credits_minor - held.debits_minor), 0) FROM ledger_accounts held
    WHERE held.account_key LIKE 'escrow:%' AND held.account_key != 'escrow:USD'
)
WHERE account_key = 'escrow:USD';

UPDATE ledger_accounts SET debits_minor = credits_minor
WHERE account_key LIKE 'escrow:%' AND account_key != 'escrow:USD';
