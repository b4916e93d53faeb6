-- The service an offering belongs to, so that a service push finds its offerings by index
-- instead of reading every stored offering. Filled by the PAT store on every write; rows
-- written before this column existed are filled at start-up (PatStore.fillServiceCodes).
ALTER TABLE pat_record ADD COLUMN service_code VARCHAR(100);
CREATE INDEX pat_record_service_code ON pat_record (namespace, service_code);
