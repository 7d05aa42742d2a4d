package migrate

import (
	"reflect"
	"testing"
	"testing/fstest"
)

func TestLint(t *testing.T) {
	file := &fstest.MapFile{Data: []byte("SELECT 1;\n")}
	for _, c := range []struct {
		name string
		locs []Location
		want []string
	}{
		{"clean", []Location{{Name: "sql", FS: fstest.MapFS{
			"V1__init.sql": file, "V2__more.sql": file, "R__views.sql": file, "beforeMigrate.sql": file,
			"afterMigrate__note.sql": file, "README.md": file, "V2__more.sql.conf": file,
		}}}, nil},
		{"same version spelled twice", []Location{{Name: "sql", FS: fstest.MapFS{
			"V1__a.sql": file, "V001__b.sql": file, "V2__c.sql": file,
		}}}, []string{"V001__b.sql and V1__a.sql: share version 001: rename all but one to a new version"}},
		{"names that do not parse", []Location{{Name: "sql", FS: fstest.MapFS{
			"V1_add.sql": file, "sub/x.sql": file, "V1__ok.sql": file, "V1.x__bad.SQL": file,
		}}}, []string{
			`V1.x__bad.SQL: not a migration name (version "1.x" is not dot-separated numbers); want V<version>__<name>.sql or R__<name>.sql`,
			"V1_add.sql: not a migration name (no __ after the version); want V<version>__<name>.sql or R__<name>.sql",
			"sub/x.sql: not a migration name (no V or R prefix); want V<version>__<name>.sql or R__<name>.sql",
		}},
		{"across locations, and repeatables", []Location{
			{Name: "sql", FS: fstest.MapFS{"V3__a.sql": file, "R__v.sql": file}},
			{Name: "local", FS: fstest.MapFS{"V3__b.sql": file, "sub/R__v.sql": file, "V3_0__c.sql": file}},
		}, []string{
			`local/V3_0__c.sql and local/V3__b.sql and sql/V3__a.sql: share version 3.0: rename all but one to a new version`,
			`local/sub/R__v.sql and sql/R__v.sql: share the repeatable description "v": rename all but one`,
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			problems, err := Lint(c.locs)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got:\n%q\nwant:\n%q", got, c.want)
			}
		})
	}
}
