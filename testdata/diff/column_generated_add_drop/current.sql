CREATE TABLE boxes (
    id integer PRIMARY KEY,
    w numeric NOT NULL,
    h numeric NOT NULL,
    perimeter numeric GENERATED ALWAYS AS (2 * (w + h)) STORED
);
