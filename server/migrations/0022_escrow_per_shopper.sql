-- Escrow in one account per shopper and currency (USD: orders are priced
-- in it), each journal naming its order as its reference, instead of an
-- account opened for every order: a payment then writes to an account that
-- exists. What an order's own account still holds moves to its shopper's
-- in a journal of its own that names the order, dated with the order's
-- last journal, so what escrow holds for each order reads the same before
-- and after.
INSERT INTO ledger_accounts (account_key, currency, may_go_negative)
SELECT DISTINCT 'escrow:USD:' || o.user_id, 'USD', 0
FROM ledger_accounts held JOIN orders o ON held.account_key = 'escrow:' || o.id
WHERE held.credits_minor != held.debits_minor
  AND NOT EXISTS (SELECT 1 FROM ledger_accounts x WHERE x.account_key = 'escrow:USD:' || o.user_id);

INSERT INTO ledger_journals (code, reference, created_at)
SELECT 'escrow_moved', o.id, (SELECT MAX(j.created_at) FROM ledger_journals j WHERE j.reference = o.id)
FROM ledger_accounts held JOIN orders o ON held.account_key = 'escrow:' || o.id
WHERE held.credits_minor != held.debits_minor;

INSERT INTO ledger_legs (journal_id, debit_account_id, credit_account_id, amount_minor, currency)
SELECT j.id, held.id, shoppers.id, held.credits_minor - held.debits_minor, 'USD'
FROM ledger_journals j
JOIN orders o ON o.id = j.reference
JOIN ledger_accounts held ON held.account_key = 'escrow:' || o.id
JOIN ledger_accounts shoppers ON shoppers.account_key = 'escrow:USD:' || o.user_id
WHERE j.code = 'escrow_moved';

UPDATE ledger_accounts SET credits_minor = credits_minor + (
    SELECT COALESCE(SUM(held.credits_minor - held.debits_minor), 0)
    FROM ledger_accounts held JOIN orders o ON held.account_key = 'escrow:' || o.id
    WHERE 'escrow:USD:' || o.user_id = ledger_accounts.account_key
)
WHERE account_key LIKE 'escrow:USD:%';

UPDATE ledger_accounts SET debits_minor = credits_minor
WHERE account_key IN (SELECT 'escrow:' || id FROM orders);
