CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN warm_color AS color CHECK (VALUE IN ('red'));
CREATE TABLE paints (id integer PRIMARY KEY, c color, w warm_color);
