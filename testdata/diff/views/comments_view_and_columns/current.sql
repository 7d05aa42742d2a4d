CREATE TABLE tasks (id integer PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false);
CREATE VIEW open_tasks AS SELECT id, title FROM tasks WHERE NOT done;
CREATE VIEW done_tasks AS SELECT id, title FROM tasks WHERE done;
COMMENT ON VIEW done_tasks IS 'finished work';
COMMENT ON COLUMN done_tasks.title IS 'what was done';
COMMENT ON COLUMN open_tasks.id IS 'task id';
