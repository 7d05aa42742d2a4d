CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, updated_at timestamptz);
CREATE FUNCTION notes_legacy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NEW;
END
$$;
CREATE TRIGGER notes_legacy BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION notes_legacy();
