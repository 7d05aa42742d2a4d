package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestEnums(t *testing.T) {
	tests := []struct {
		name  string
		setup string
		want  []*model.Enum // all enums, in name order
	}{{
		name: "labels in sort order, also after ADD VALUE BEFORE",
		setup: `CREATE TYPE mood AS ENUM ('sad', 'happy');
			ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
			ALTER TYPE mood ADD VALUE 'Élated ''!''';
			COMMENT ON TYPE mood IS 'feelings'`,
		want: []*model.Enum{{
			Name: model.QName{Schema: "public", Name: "mood"}, Values: []string{"sad", "ok", "happy", "Élated '!'"}, Comment: "feelings",
			Privileges: publicUsage,
		}},
	}, {
		name:  "no labels, other schema, quoted name",
		setup: `CREATE SCHEMA app; CREATE TYPE app."Empty" AS ENUM (); CREATE TYPE app.a AS ENUM ('x')`,
		want: []*model.Enum{
			{Name: model.QName{Schema: "app", Name: "Empty"}, Privileges: publicUsage},
			{Name: model.QName{Schema: "app", Name: "a"}, Values: []string{"x"}, Privileges: publicUsage},
		},
	}, {
		name:  "other types are not enums",
		setup: `CREATE TYPE pair AS (a int, b int); CREATE DOMAIN pos AS int CHECK (VALUE > 0); CREATE TABLE t (a int)`,
		want:  []*model.Enum{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := inspect(t, tt.setup, Options{})
			got := []*model.Enum{}
			for _, n := range cat.EnumNames() {
				got = append(got, cat.Enums[n])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("enums:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
		})
	}
}
