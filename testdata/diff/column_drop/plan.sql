-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-dropped: drops index users_legacy_code_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.users_legacy_code_idx;


ALTER TABLE public.users DROP CONSTRAINT users_age_check;

-- hazard data-loss: drops column legacy_code of table public.users and its data
ALTER TABLE public.users DROP COLUMN legacy_code;

-- hazard data-loss: drops column age of table public.users and its data
ALTER TABLE public.users DROP COLUMN age;

