-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SEQUENCE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghseq;

CREATE TABLE public."éééééééééééééééééééééééééééééééx" (
    id integer NOT NULL,
    ref bigint,
    CONSTRAINT "ééééééééééééééééééééééééééééé_pkey" PRIMARY KEY (id)
);

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD COLUMN "éééééééééééééééééééééééééééééééx" text;

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD COLUMN other_column integer;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc of table public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk from integer to bigint rewrites the table and its indexes
ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ALTER COLUMN col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc TYPE bigint;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD CONSTRAINT col_cccccccccccccccccccccccccccccccccccccccccccccccc_pgshape_nn CHECK (col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc IS NOT NULL) NOT VALID;

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD CONSTRAINT a_table_name_that_is_exactly_sixty_three_byt_other_column_check CHECK ((other_column > 0)) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk VALIDATE CONSTRAINT col_cccccccccccccccccccccccccccccccccccccccccccccccc_pgshape_nn;

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk VALIDATE CONSTRAINT a_table_name_that_is_exactly_sixty_three_byt_other_column_check;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ALTER COLUMN col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc SET NOT NULL;

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk DROP CONSTRAINT col_cccccccccccccccccccccccccccccccccccccccccccccccc_pgshape_nn;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: adding PRIMARY KEY a_table_name_that_is_exactly_sixty_three_bytes_long_abcdef_pkey builds its index on table public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk while blocking writes
ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD CONSTRAINT a_table_name_that_is_exactly_sixty_three_bytes_long_abcdef_pkey PRIMARY KEY (col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc);

SET LOCAL statement_timeout = '1min';

ALTER TABLE public."éééééééééééééééééééééééééééééééx" ADD CONSTRAINT "ééééééééééééééééééééééééééé_ref_fkey" FOREIGN KEY (ref) REFERENCES public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk(col_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc);


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of UNIQUE "a_table_name_that_is_exactly__éééééééééééééé_key" on existing table public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY "a_table_name_that_is_exactly__éééééééééééééé_key" ON public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk USING btree ("éééééééééééééééééééééééééééééééx");

-- hazard index-build: builds index idx_iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii on existing table public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk (concurrently: writes continue)
CREATE INDEX CONCURRENTLY idx_iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii ON public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk USING btree ("éééééééééééééééééééééééééééééééx", other_column);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD CONSTRAINT "a_table_name_that_is_exactly__éééééééééééééé_key" UNIQUE USING INDEX "a_table_name_that_is_exactly__éééééééééééééé_key";

RESET lock_timeout;
RESET statement_timeout;
