SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TYPE public.task_state AS ENUM ('todo', 'doing', 'done');

SET LOCAL statement_timeout = '12h';

-- hazard data-loss: changing column state of table public.tasks from text to public.task_state may fail or lose data for values that do not fit
-- hazard table-rewrite: changing the type of column state rewrites table public.tasks
ALTER TABLE public.tasks ALTER COLUMN state TYPE public.task_state USING state::text::public.task_state;

