CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
