package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestExtensions(t *testing.T) {
	// ALTER EXTENSION ... ADD makes ordinary objects members of an extension, which
	// tests the exclusion of every kind without installing a custom extension.
	cat := inspect(t, `CREATE SCHEMA ext;
		CREATE EXTENSION citext;
		CREATE EXTENSION pg_trgm SCHEMA ext VERSION '1.5';
		COMMENT ON EXTENSION pg_trgm IS 'trigrams';
		CREATE SCHEMA owned;
		CREATE TABLE owned_table (id serial PRIMARY KEY, a int);
		CREATE INDEX owned_index ON owned_table (a);
		CREATE SEQUENCE owned_seq;
		CREATE TYPE owned_enum AS ENUM ('x');
		ALTER EXTENSION citext ADD SCHEMA owned;
		ALTER EXTENSION citext ADD TABLE owned_table;
		ALTER EXTENSION citext ADD SEQUENCE owned_table_id_seq;
		ALTER EXTENSION citext ADD SEQUENCE owned_seq;
		ALTER EXTENSION citext ADD TYPE owned_enum;
		CREATE TABLE mine (name citext, tags text)`, Options{})

	wantExt := map[string]*model.Extension{
		"citext":  {Name: "citext", Schema: "public", Version: cat.Extensions["citext"].Version, Comment: "data type for case-insensitive character strings"},
		"pg_trgm": {Name: "pg_trgm", Schema: "ext", Version: "1.5", Comment: "trigrams"},
	}
	if cat.Extensions["citext"].Version == "" {
		t.Errorf("citext has no version")
	}
	if !reflect.DeepEqual(cat.Extensions, wantExt) {
		t.Errorf("extensions (plpgsql must not be one):\ngot  %s\nwant %s", show(cat.Extensions), show(wantExt))
	}
	if got, want := cat.SchemaNames(), []string{"ext", "public"}; !reflect.DeepEqual(got, want) {
		t.Errorf("schemas: got %v, want %v", got, want)
	}
	if got, want := cat.TableNames(), []model.QName{{Schema: "public", Name: "mine"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("tables: got %v, want %v", got, want)
	}
	if got := cat.SequenceNames(); len(got) != 0 {
		t.Errorf("sequences: got %v, want none", got)
	}
	if got := cat.EnumNames(); len(got) != 0 {
		t.Errorf("enums: got %v, want none", got)
	}
	if got, want := publicTable(t, cat, "mine").Columns[0].Type, "public.citext"; got != want {
		t.Errorf("extension type column: got %q, want %q", got, want)
	}
}
