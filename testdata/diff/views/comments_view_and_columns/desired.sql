-- comments on views and on view columns: added, changed and removed
CREATE TABLE tasks (id integer PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false);
CREATE VIEW open_tasks AS SELECT id, title FROM tasks WHERE NOT done;
CREATE VIEW done_tasks AS SELECT id, title FROM tasks WHERE done;
COMMENT ON VIEW open_tasks IS 'work still to do';
COMMENT ON COLUMN open_tasks.title IS 'what to do';
COMMENT ON COLUMN open_tasks.id IS 'task identifier';
COMMENT ON VIEW done_tasks IS 'finished work, it''s over';
