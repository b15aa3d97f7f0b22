-- Only the orders the settler waits on are indexed by their status: the
-- disputed ones (oldest first) and the delivered ones (their protection
-- running out). A checkout, a payment or a shipment then writes no page of
-- a status index, where it wrote one or two.
DROP INDEX orders_by_status;
CREATE INDEX orders_disputed ON orders(updated_at, id) WHERE status = 'disputed';
CREATE INDEX orders_delivered ON orders(id) WHERE status = 'delivered';
