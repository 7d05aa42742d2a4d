-- a plpgsql trigger function and its trigger are created, another pair is dropped (trigger before function)
CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER notes_touch BEFORE INSERT OR UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
