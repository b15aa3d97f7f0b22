-- A refund to a card names the order it refunds (none for a charge given
-- back because its order was refused after the charge). One the processor
-- could not send is finance's to put in the shopper's Pocket balance
-- instead: status 'to_balance', when and by whose decision in the audit log.
ALTER TABLE card_refunds ADD COLUMN order_id TEXT;
