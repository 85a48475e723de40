-- Every process may keep signed-in sessions in memory (session-cache.ts): a change to what a
-- session lookup reads (a session ended or its write position moved, an account changed or
-- disabled, a unit renamed or moved) tells them all to forget what they hold: one notification per
-- statement however many rows it touched (PostgreSQL folds a transaction's equal notifications into
-- one). An idle session's expiry pushed forward (at most once a minute as it is used) is not such a
-- change, each process checking expiry itself; one brought forward is.
CREATE OR REPLACE FUNCTION cascade_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cascade_sessions', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_changed AFTER UPDATE OF user_id, csrf_token, absolute_expires_at, read_after_lsn OR DELETE OR TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION cascade_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_expiry_brought_forward AFTER UPDATE OF expires_at ON sessions FOR EACH ROW WHEN (NEW.expires_at < OLD.expires_at) EXECUTE FUNCTION cascade_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION cascade_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER orgs_changed AFTER UPDATE OR DELETE OR TRUNCATE ON orgs FOR EACH STATEMENT EXECUTE FUNCTION cascade_sessions_changed();
