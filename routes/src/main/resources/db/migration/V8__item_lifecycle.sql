-- The whole life of an item (issue 12): removal, archiving, the daily sync.

-- A record Drupal said is gone stays with its whole history, marked removed: when, and by which
-- call (its correlation id). Its code stays taken: PTV keeps an archived item's sourceId for ever.
ALTER TABLE pat_record ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pat_record ADD COLUMN removed_by VARCHAR(64);

-- When this system archived the PTV item (publishing status Deleted); null while PTV publishes it.
ALTER TABLE ptv_item ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
-- For a service: the SHA-256 of the connections PTV confirmed holding after the last push (each
-- offering's code, content hash and channel id), so that the daily sync sees a service whose
-- offerings or channels changed although the service itself did not.
ALTER TABLE ptv_item ADD COLUMN connections_hash CHAR(64);

-- One run of the daily sync (or of one started by an admin): what it planned, where it is, how
-- it ended. The deliveries it queued carry its id. slot names the scheduled run it is, so that
-- two nodes sharing the database never run the same night twice (null for runs started by hand);
-- running_guard is 'RUNNING' while it runs and null after, so that only one runs at a time.
CREATE TABLE sync_batch (
    id           VARCHAR(36)  PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    state        VARCHAR(12)  NOT NULL,
    phase        VARCHAR(60),
    started_by   VARCHAR(100) NOT NULL,
    slot         VARCHAR(40),
    planned      INTEGER      NOT NULL,
    plan         VARCHAR,
    error        VARCHAR(2000),
    running_guard VARCHAR(7)
);
CREATE UNIQUE INDEX sync_batch_slot ON sync_batch (slot);
CREATE UNIQUE INDEX sync_batch_one_running ON sync_batch (running_guard);
CREATE INDEX sync_batch_started ON sync_batch (started_at);

ALTER TABLE delivery ADD COLUMN batch_id VARCHAR(36);
CREATE INDEX delivery_batch ON delivery (batch_id, status);
