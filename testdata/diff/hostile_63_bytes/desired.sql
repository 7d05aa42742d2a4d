-- identifiers of exactly 63 bytes (ASCII and multibyte), and generated names PostgreSQL truncates
CREATE TABLE "a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk" ("col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc" bigint NOT NULL PRIMARY KEY, "éééééééééééééééééééééééééééééééx" text UNIQUE, other_column integer CHECK (other_column > 0));
CREATE INDEX "idx_iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" ON "a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk" ("éééééééééééééééééééééééééééééééx", other_column);
CREATE TABLE "éééééééééééééééééééééééééééééééx" (id integer PRIMARY KEY, ref bigint REFERENCES "a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk" ("col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"));
CREATE SEQUENCE "a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghseq";
