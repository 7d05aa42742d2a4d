CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok');
-- The default calls a function: the table loads after it.
CREATE TABLE app.users (id integer PRIMARY KEY DEFAULT app.next_id(), n integer CHECK (app.add(n, 1) > 0));
