package schema

import (
	"testing"
)

func TestOwners(t *testing.T) {
	const setup = `CREATE SCHEMA app AUTHORIZATION {o};
		CREATE TABLE app.t (id serial);
		ALTER TABLE app.t OWNER TO {o};
		CREATE SEQUENCE app.s;
		ALTER SEQUENCE app.s OWNER TO {o};
		CREATE VIEW app.v AS SELECT 1 AS a;
		ALTER VIEW app.v OWNER TO {o};
		CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
		ALTER FUNCTION app.f() OWNER TO {o};
		CREATE TYPE app.e AS ENUM ('x');
		ALTER TYPE app.e OWNER TO {o};
		CREATE DOMAIN app.d AS int;
		ALTER DOMAIN app.d OWNER TO {o};
		CREATE TYPE app.c AS (a int);
		ALTER TYPE app.c OWNER TO {o};
		CREATE TYPE app.r AS RANGE (subtype = int4);
		ALTER TYPE app.r OWNER TO {o};
		CREATE COLLATION app.co FROM "C";
		ALTER COLLATION app.co OWNER TO {o};
		CREATE TABLE mine (a int)`
	cat, roles := inspectWithRolesOptions(t, Options{WithOwners: true}, setup, "o")
	o := roles["o"]
	got := map[string]string{
		"schema":     cat.Schemas["app"].Owner,
		"table":      cat.Tables[qname("app", "t")].Owner,
		"sequence":   cat.Sequences[qname("app", "s")].Owner,
		"view":       cat.Views[qname("app", "v")].Owner,
		"function":   cat.Functions["app.f()"].Owner,
		"enum":       cat.Enums[qname("app", "e")].Owner,
		"domain":     cat.Domains[qname("app", "d")].Owner,
		"composite":  cat.Composites[qname("app", "c")].Owner,
		"range":      cat.Ranges[qname("app", "r")].Owner,
		"collation":  cat.Collations[qname("app", "co")].Owner,
		"serial seq": cat.Sequences[qname("app", "t_id_seq")].Owner, // follows its table: not reported
		"mine":       cat.Tables[qname("public", "mine")].Owner,
	}
	for what, owner := range got {
		want := o
		switch what {
		case "serial seq":
			want = ""
		case "mine":
			want = "postgres"
		}
		if owner != want {
			t.Errorf("owner of %s: got %q, want %q", what, owner, want)
		}
	}

	// The role that read the catalog owns what is created without an owner.
	if cat.Role != "postgres" {
		t.Errorf("catalog role: got %q, want postgres", cat.Role)
	}

	// Without the option, no owner is reported.
	cat = inspect(t, `CREATE TABLE t (a int); CREATE SCHEMA s`, Options{})
	if o := cat.Tables[qname("public", "t")].Owner + cat.Schemas["s"].Owner; o != "" {
		t.Errorf("owners without WithOwners: got %q, want none", o)
	}
}
