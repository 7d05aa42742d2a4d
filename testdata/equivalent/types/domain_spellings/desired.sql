-- domain spellings: int/varchar/decimal aliases, AS omitted, value/VALUE, generated constraint names spelled out or not, ALTER DOMAIN ADD CONSTRAINT vs inline, explicit NULL-ability order, defaults cast implicitly
CREATE DOMAIN positive int CHECK (value > 0);
CREATE DOMAIN code AS varchar(10) DEFAULT 'x' NOT NULL CHECK (VALUE ~ '^[a-z]+$');
CREATE DOMAIN amount AS decimal(10, 2);
ALTER DOMAIN amount ADD CONSTRAINT amount_range CHECK ((VALUE >= (0)::numeric));
ALTER DOMAIN amount ADD CONSTRAINT amount_max CHECK (VALUE < 1000000::numeric);
