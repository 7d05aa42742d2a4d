CREATE TABLE t (a jsonb DEFAULT '{}', b text DEFAULT 'x', c text[] DEFAULT '{}', d integer DEFAULT 0);
