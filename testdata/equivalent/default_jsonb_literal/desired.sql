-- DEFAULT '{}' on jsonb is stored as '{}'::jsonb; DEFAULT 'x' on text as 'x'::text
CREATE TABLE t (a jsonb DEFAULT '{}'::jsonb, b text DEFAULT 'x'::text, c text[] DEFAULT '{}'::text[], d integer DEFAULT (0));
