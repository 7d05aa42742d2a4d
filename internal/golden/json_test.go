package golden

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// TestRoundTripEveryField stores a catalog whose every field, at every depth, is
// set, and reads it back: a field added to the model later is covered without
// editing this test.
func TestRoundTripEveryField(t *testing.T) {
	c := &model.Catalog{}
	fill(reflect.ValueOf(c).Elem(), new(int))
	assertRoundTrip(t, c)
}

// TestRoundTripNilAndEmpty keeps nil apart from empty: an empty catalog's maps
// are made, a table's stats of zero rows are not "no stats".
func TestRoundTripNilAndEmpty(t *testing.T) {
	c := model.NewCatalog()
	c.Tables[model.QName{Schema: "public", Name: "t"}] = &model.Table{
		Name: model.QName{Schema: "public", Name: "t"}, Columns: []*model.Column{}, Stats: &model.TableStats{},
	}
	assertRoundTrip(t, c)
	assertRoundTrip(t, &model.Catalog{})
}

func TestMarshalIsStable(t *testing.T) {
	c := &model.Catalog{}
	fill(reflect.ValueOf(c).Elem(), new(int))
	first, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if again, _ := Marshal(c); string(again) != string(first) {
			t.Fatalf("two writes of one catalog differ:\n%s\n%s", again, first)
		}
	}
	if !strings.Contains(string(first), `<&>`) {
		t.Errorf("SQL text is escaped: %s", first)
	}
}

func TestUnmarshalRefusesUnknownFields(t *testing.T) {
	var c model.Catalog
	if err := Unmarshal([]byte(`{"Tables": {}, "Gone": 1}`), &c); err == nil {
		t.Errorf("a field the catalog does not have was accepted")
	}
}

func TestMarshalRefusesWhatItWouldLose(t *testing.T) {
	type hidden struct{ secret string }
	for _, v := range []any{hidden{"x"}, map[int]string{1: "x"}, 1.5} {
		if b, err := Marshal(v); err == nil {
			t.Errorf("Marshal(%#v) = %s, want an error", v, b)
		}
	}
}

func assertRoundTrip(t *testing.T, c *model.Catalog) {
	t.Helper()
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var got model.Catalog
	if err := Unmarshal(b, &got); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if !reflect.DeepEqual(&got, c) {
		again, _ := Marshal(&got)
		t.Errorf("the catalog does not read back as written:\ngot:\n%s\nwant:\n%s", again, b)
	}
}

// fill sets every field of v, which must be settable, to a value that is not
// zero, differently each time (n counts).
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf(`x%d "q" <&> é`, *n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), n)
		fill(v.Index(1), n)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, n)
		fill(e, n)
		v.SetMapIndex(k, e)
	default:
		panic("fill: no value for " + v.Type().String())
	}
}
