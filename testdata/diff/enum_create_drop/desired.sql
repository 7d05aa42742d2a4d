-- create an enum and use it in a column; drop an unused enum
CREATE TYPE ticket_status AS ENUM ('open', 'in_progress', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, status ticket_status NOT NULL DEFAULT 'open');
