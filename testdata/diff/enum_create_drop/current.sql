CREATE TYPE old_mood AS ENUM ('sad', 'ok');
CREATE TABLE tickets (id integer PRIMARY KEY);
