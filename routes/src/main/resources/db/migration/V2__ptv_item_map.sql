-- What PTV holds for each pushed PAT record: its sourceId, PTV id (GUID), publishing status,
-- and which stored version and content hash were last sent, so that a later push can update by
-- PTV id and a drift check can tell whether PTV is behind the PAT store.
CREATE TABLE ptv_item (
    namespace          VARCHAR(20)  NOT NULL,
    code               VARCHAR(100) NOT NULL,
    source_id          VARCHAR(100) NOT NULL,
    ptv_id             VARCHAR(36)  NOT NULL,
    publishing_status  VARCHAR(20),
    sent_version       INTEGER      NOT NULL,
    sent_hash          CHAR(64)     NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (namespace, code)
);
CREATE UNIQUE INDEX ptv_item_ptv_id ON ptv_item (ptv_id);
