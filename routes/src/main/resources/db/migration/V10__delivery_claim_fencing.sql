-- A fenced outbox. Every claim of a delivery is numbered (claims, never reset) and names the node
-- that made it (claimed_by, the node.id of fi.ptvintegration.runtime). A write that records the
-- outcome of an attempt (delivered, retry, failed) matches the claim it was made under, not only
-- the row id: a node that stalled past its lease (a GC pause, a frozen VM) and wakes up finds its
-- claim gone and cannot overwrite what the node that took the delivery over recorded.
ALTER TABLE delivery ADD COLUMN claims INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE delivery ADD COLUMN claimed_by VARCHAR(100);
-- The last delivery that reached PTV, for metrics every node reads alike (MAX without a scan).
CREATE INDEX delivery_delivered_at ON delivery (delivered_at);
