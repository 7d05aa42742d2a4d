CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL CONSTRAINT amount_not_negative CHECK (amount >= 0));
