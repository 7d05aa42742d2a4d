-- domains over an enum: the enum gains a value (not used in the same plan), a domain's CHECK on enum values changes, a new domain with default, NOT NULL and CHECK, and an array of it, used by table columns
CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'black');
CREATE DOMAIN warm_color AS color CHECK (VALUE IN ('red', 'green'));
CREATE DOMAIN bright_color AS color DEFAULT 'red' NOT NULL CHECK (VALUE <> 'blue');
CREATE TABLE paints (id integer PRIMARY KEY, c color, w warm_color, bright bright_color, palette bright_color[]);
