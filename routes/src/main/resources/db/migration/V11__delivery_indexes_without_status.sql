-- Two outbox indexes without the status column (issue 17). On embedded H2, an index holding status
-- is rewritten at every status change of a row (claimed, delivered, retried, failed): for every delivery and
-- at every commit of an outcome. The failure groups and a sync batch's counts look up their rows
-- by signature or batch and check the status on the rows found; on H2 no status change touches
-- these indexes any more (a row's signature changes only when it fails, its batch once). PostgreSQL
-- writes a new entry in every index at each update of a row whose indexed columns change anyway.
DROP INDEX delivery_signature;
CREATE INDEX delivery_signature ON delivery (failure_signature);
DROP INDEX delivery_batch;
CREATE INDEX delivery_batch ON delivery (batch_id);
