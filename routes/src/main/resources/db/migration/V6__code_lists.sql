-- PTV's code lists kept locally (issue 14): one row per list with where it came from and when,
-- the entries of every list beside it. A refresh replaces a list's entries in one transaction
-- and only when PTV gave the whole list; a failed refresh leaves them and records the error.
CREATE TABLE code_list (
    name           VARCHAR(40)  PRIMARY KEY,
    -- seed (the files shipped in pat-model), v12 or v11; NULL while the list was never loaded
    source         VARCHAR(20),
    entry_count    INTEGER      DEFAULT 0 NOT NULL,
    -- SHA-256 of the entries as stored: unchanged lists are not rewritten, and the HTTP ETag derives from it
    content_hash   VARCHAR(64),
    loaded_at      TIMESTAMP WITH TIME ZONE,
    refreshed_at   TIMESTAMP WITH TIME ZONE,
    attempted_at   TIMESTAMP WITH TIME ZONE,
    last_error     VARCHAR(1000)
);
CREATE TABLE code_list_entry (
    list_name      VARCHAR(40)   NOT NULL,
    -- the URI where the entry has one, else its code
    entry_id       VARCHAR(500)  NOT NULL,
    code           VARCHAR(100),
    uri            VARCHAR(500),
    valid          BOOLEAN       NOT NULL,
    -- labels per language and parent ids, as JSON: {"fi":"...","sv":"..."} and ["..."]
    names          VARCHAR(4000) NOT NULL,
    parents        VARCHAR(4000) NOT NULL,
    position       INTEGER       NOT NULL,
    PRIMARY KEY (list_name, entry_id)
);
