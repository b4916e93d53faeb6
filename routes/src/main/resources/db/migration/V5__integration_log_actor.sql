-- Who made an action of operations (replay, dismiss), from the REST views or the Karaf shell:
-- e.g. rest:admin, shell:admin. Null for calls from Drupal and calls to PTV.
ALTER TABLE integration_log ADD COLUMN actor VARCHAR(100);
