SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

