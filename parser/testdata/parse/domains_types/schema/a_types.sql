-- A composite using a domain over an enum, written before both.
CREATE TYPE app."Address" AS (street app.nonempty COLLATE "C", kind app.kind, zip int);
CREATE DOMAIN app.nonempty AS text NOT NULL DEFAULT 'x' COLLATE "C"
    CHECK (VALUE <> '') CONSTRAINT "short enough" CHECK (length(VALUE) < 100);
CREATE DOMAIN app.kind_d AS app.kind CHECK (VALUE <> 'b');
ALTER DOMAIN app.kind_d ADD CONSTRAINT not_c CHECK (VALUE <> 'c') NOT VALID;
ALTER DOMAIN app.kind_d ADD CHECK (VALUE IS NOT NULL);
CREATE TYPE app.kind AS ENUM ('a', 'b', 'c');
CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE app.span AS RANGE (subtype = app.positive, multirange_type_name = app.spans);
CREATE DOMAIN app.positive int CHECK (VALUE > 0);
CREATE TABLE app.places (home app."Address", spans app.spans, k app.kind_d);
