-- REL-5: tampering with the audit log is detectable. Each organisation's rows form one chain in id order: a row's
-- hash is SHA-256 over its content, its place in the chain (chain_seq) and its predecessor's hash.
-- Concurrent writers: the trigger takes a per-organisation advisory lock held until commit, then draws the id,
-- so a later writer of that organisation sees the earlier one's committed row and ids follow the chain.
CREATE FUNCTION audit_log_row_hash(r audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    r.prev_hash, r.chain_seq, r.organisation_id, r.id, r.actor_user_id, r.actor_organisation_id, r.action,
    r.target_type, r.target_id, r.before, r.after, (extract(epoch FROM r.at) * 1000000)::bigint
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous_seq bigint;
  previous_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_log:' || NEW.organisation_id::text, 0));
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  SELECT chain_seq, hash INTO previous_seq, previous_hash FROM audit_log
    WHERE organisation_id = NEW.organisation_id ORDER BY id DESC LIMIT 1;
  NEW.chain_seq := coalesce(previous_seq, 0) + 1;
  NEW.prev_hash := previous_hash;
  NEW.hash := audit_log_row_hash(NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- The rows written before the chain existed are sealed in id order.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
DO $$
DECLARE
  r audit_log;
  previous_org uuid;
  previous_seq bigint;
  previous_hash text;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY organisation_id, id LOOP
    IF previous_org IS DISTINCT FROM r.organisation_id THEN
      previous_org := r.organisation_id;
      previous_seq := 0;
      previous_hash := NULL;
    END IF;
    r.chain_seq := previous_seq + 1;
    r.prev_hash := previous_hash;
    r.hash := audit_log_row_hash(r);
    UPDATE audit_log SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash
      WHERE organisation_id = r.organisation_id AND id = r.id;
    previous_seq := r.chain_seq;
    previous_hash := r.hash;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
