-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TYPE public.color ADD VALUE 'black';

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE DOMAIN public.bright_color AS public.color DEFAULT 'red'::public.color NOT NULL CONSTRAINT bright_color_check CHECK ((VALUE <> 'blue'::public.color));

ALTER DOMAIN public.warm_color DROP CONSTRAINT warm_color_check;

ALTER DOMAIN public.warm_color ADD CONSTRAINT warm_color_check CHECK ((VALUE = ANY (ARRAY['red'::public.color, 'green'::public.color])));

ALTER TABLE public.paints ADD COLUMN bright public.bright_color;

ALTER TABLE public.paints ADD COLUMN palette public.bright_color[];

