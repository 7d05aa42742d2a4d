SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard table-rewrite: converting column mood of table public.people to the rebuilt type public.mood rewrites the table
-- hazard table-rewrite: converting column history of table public.people to the rebuilt type public.mood rewrites the table
ALTER TYPE public.mood RENAME TO mood_pgshape_old;

CREATE TYPE public.mood AS ENUM ('happy', 'sad', 'meh');

ALTER TABLE public.people ALTER COLUMN mood DROP DEFAULT;

SET LOCAL statement_timeout = '12h';

ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public.people ALTER COLUMN mood SET DEFAULT 'meh'::public.mood;

SET LOCAL statement_timeout = '12h';

ALTER TABLE public.people ALTER COLUMN history TYPE public.mood[] USING history::text::public.mood[];

SET LOCAL statement_timeout = '1min';

DROP TYPE public.mood_pgshape_old;

ALTER TYPE public.unused RENAME TO unused_pgshape_old;

CREATE TYPE public.unused AS ENUM ('a', 'c');

DROP TYPE public.unused_pgshape_old;

