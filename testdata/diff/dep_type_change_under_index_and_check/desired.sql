-- column type change under an index, a check and a FK to it
CREATE TABLE accounts (code text PRIMARY KEY, balance bigint CHECK (balance > -1000));
CREATE INDEX accounts_balance_idx ON accounts (balance) WHERE balance > 0;
CREATE TABLE transfers (id integer PRIMARY KEY, account_code text REFERENCES accounts (code));
