SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public.old_child and all its rows
DROP TABLE public.old_child;

-- hazard data-loss: drops table public.old_parent and all its rows
DROP TABLE public.old_parent;

CREATE TABLE public.regions (
    code text NOT NULL,
    CONSTRAINT regions_code_upper CHECK ((code = upper(code)))
);

CREATE TABLE public.capitals (
    state text
) INHERITS (public.cities, public.regions);

CREATE TABLE public.towns (
    mayor text
) INHERITS (public.regions);

