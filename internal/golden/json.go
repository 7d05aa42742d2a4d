package golden

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/pgshape/pgshape/model"
)

// Marshal writes v as stable JSON (see the package documentation): the same value
// gives the same bytes. Struct fields are written by their Go names, in sorted
// order, and left out when zero (reflect.Value.IsZero: "", 0, false, nil, a
// struct of zeros); map entries are all written, keyed by the key's text (a
// string, or a name or object id as text); names and object ids are written as
// their text (names.go). A nil slice or map is left out or null, an empty one []
// or {}, so that Unmarshal gives back each as it was.
func Marshal(v any) ([]byte, error) {
	tree, err := plain(reflect.ValueOf(v))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // SQL is full of < > &: keep it readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(tree); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

var (
	nameType = reflect.TypeFor[model.QName]()
	idType   = reflect.TypeFor[model.ObjectID]()
)

// asText is the text of a name or an object id; ok is false for other values.
func asText(v reflect.Value) (text string, ok bool, err error) {
	switch v.Type() {
	case nameType:
		return nameText(v.Interface().(model.QName)), true, nil
	case idType:
		text, err := idText(v.Interface().(model.ObjectID))
		return text, true, err
	}
	return "", false, nil
}

// plain turns v into what encoding/json writes as the stable form: maps with
// string keys (written sorted), slices, and scalars.
func plain(v reflect.Value) (any, error) {
	if !v.IsValid() {
		return nil, nil
	}
	if text, ok, err := asText(v); ok {
		return text, err
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil, nil
		}
		return plain(v.Elem())
	case reflect.Struct:
		return plainStruct(v)
	case reflect.Map:
		if v.IsNil() {
			return nil, nil
		}
		out := make(map[string]any, v.Len())
		for it := v.MapRange(); it.Next(); {
			key, err := keyText(it.Key())
			if err != nil {
				return nil, err
			}
			if out[key], err = plain(it.Value()); err != nil {
				return nil, err
			}
		}
		return out, nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil, nil
		}
		out := make([]any, v.Len())
		for i := range out {
			var err error
			if out[i], err = plain(v.Index(i)); err != nil {
				return nil, err
			}
		}
		return out, nil
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Interface(), nil
	}
	return nil, fmt.Errorf("golden: cannot store a %s as stable JSON", v.Type())
}

// plainStruct writes a struct's exported fields that are not zero. A struct with
// an unexported field is refused: the stored form would lose it.
func plainStruct(v reflect.Value) (any, error) {
	out := map[string]any{}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			return nil, fmt.Errorf("golden: cannot store %s: its field %s is unexported", t, f.Name)
		}
		if f.Anonymous {
			return nil, fmt.Errorf("golden: cannot store %s: its field %s is embedded", t, f.Name)
		}
		if v.Field(i).IsZero() {
			continue
		}
		var err error
		if out[f.Name], err = plain(v.Field(i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// keyText is a map key as the stored form writes it: a string, or a name's or
// an object id's text.
func keyText(k reflect.Value) (string, error) {
	if text, ok, err := asText(k); ok {
		return text, err
	}
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	return "", fmt.Errorf("golden: cannot store a map keyed by %s as stable JSON", k.Type())
}
