package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestSequences(t *testing.T) {
	tests := []struct {
		name  string
		setup string
		want  []*model.Sequence // all sequences, in name order
	}{{
		name: "standalone with options and comment",
		setup: `CREATE SEQUENCE "Seq ü" AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 10 START WITH 10 CACHE 5 CYCLE;
			COMMENT ON SEQUENCE "Seq ü" IS 'counts down'`,
		want: []*model.Sequence{{
			Name:    model.QName{Schema: "public", Name: "Seq ü"},
			Options: model.SequenceOptions{Type: "smallint", Start: 10, Increment: -2, Min: -100, Max: 10, Cache: 5, Cycle: true},
			Comment: "counts down",
		}},
	}, {
		name:  "serial owns its sequence",
		setup: `CREATE TABLE t (id serial)`,
		want: []*model.Sequence{{
			Name:    model.QName{Schema: "public", Name: "t_id_seq"},
			Options: model.SequenceOptions{Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1},
			OwnedBy: &model.ColumnRef{Table: model.QName{Schema: "public", Name: "t"}, Column: "id"},
		}},
	}, {
		name: "explicit OWNED BY in another schema",
		setup: `CREATE SCHEMA app; CREATE TABLE app."T" ("Id" bigint);
			CREATE SEQUENCE app.s OWNED BY app."T"."Id"`,
		want: []*model.Sequence{{
			Name:    model.QName{Schema: "app", Name: "s"},
			Options: model.SequenceOptions{Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1},
			OwnedBy: &model.ColumnRef{Table: model.QName{Schema: "app", Name: "T"}, Column: "Id"},
		}},
	}, {
		name:  "identity sequences belong to their column",
		setup: `CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME t_custom_seq))`,
		want:  []*model.Sequence{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := inspect(t, tt.setup, Options{})
			got := []*model.Sequence{}
			for _, n := range cat.SequenceNames() {
				got = append(got, cat.Sequences[n])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sequences:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
		})
	}
}
