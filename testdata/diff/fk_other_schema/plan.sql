-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SCHEMA audit;

CREATE TABLE audit.post_log (
    id bigint NOT NULL,
    post_id integer NOT NULL,
    CONSTRAINT post_log_pkey PRIMARY KEY (id)
);

ALTER TABLE audit.post_log ADD CONSTRAINT post_log_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id);

ALTER TABLE public.posts ADD CONSTRAINT posts_author_fkey FOREIGN KEY (author) REFERENCES auth.users(id) ON DELETE SET NULL NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.posts VALIDATE CONSTRAINT posts_author_fkey;

RESET lock_timeout;
RESET statement_timeout;
