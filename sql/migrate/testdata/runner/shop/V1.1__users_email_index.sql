-- Cannot run in a transaction: Replay runs this file statement by statement.
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
