SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON VIEW public.done_tasks IS 'finished work, it''s over';

COMMENT ON COLUMN public.done_tasks.title IS NULL;

COMMENT ON VIEW public.open_tasks IS 'work still to do';

COMMENT ON COLUMN public.open_tasks.id IS 'task identifier';

COMMENT ON COLUMN public.open_tasks.title IS 'what to do';

