package golden

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
)

// Unmarshal reads JSON written by Marshal into v, a pointer. A field the type
// does not have is an error: the stored file was written by another version of
// the type and must be written again.
//
// It decodes by itself rather than with json.Unmarshal, which would need text
// methods on model's names to read them as map keys (see names.go).
func Unmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("golden: Unmarshal needs a non-nil pointer, not %T", v)
	}
	return assign(rv.Elem(), tree, rv.Elem().Type().String())
}

// assign sets v, settable, to the value the stored tree holds; at names the
// place in the stored form, for errors.
func assign(v reflect.Value, tree any, at string) error {
	if tree == nil {
		v.SetZero()
		return nil
	}
	mismatch := func() error {
		return fmt.Errorf("golden: %s: cannot read %T into %s", at, tree, v.Type())
	}
	if v.Type() == nameType || v.Type() == idType {
		s, ok := tree.(string)
		if !ok {
			return mismatch()
		}
		return setText(v, s, at)
	}
	switch v.Kind() {
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if err := assign(p.Elem(), tree, at); err != nil {
			return err
		}
		v.Set(p)
	case reflect.Struct:
		fields, ok := tree.(map[string]any)
		if !ok {
			return mismatch()
		}
		v.SetZero()
		for name, value := range fields {
			f, found := v.Type().FieldByName(name)
			if !found || !f.IsExported() || len(f.Index) != 1 {
				return fmt.Errorf("golden: %s: %s has no field %s", at, v.Type(), name)
			}
			if err := assign(v.FieldByIndex(f.Index), value, at+"."+name); err != nil {
				return err
			}
		}
	case reflect.Map:
		entries, ok := tree.(map[string]any)
		if !ok {
			return mismatch()
		}
		m := reflect.MakeMapWithSize(v.Type(), len(entries))
		for key, value := range entries {
			k := reflect.New(v.Type().Key()).Elem()
			if err := assignKey(k, key, at); err != nil {
				return err
			}
			e := reflect.New(v.Type().Elem()).Elem()
			if err := assign(e, value, at+"["+strconv.Quote(key)+"]"); err != nil {
				return err
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Slice:
		items, ok := tree.([]any)
		if !ok {
			return mismatch()
		}
		s := reflect.MakeSlice(v.Type(), len(items), len(items))
		for i, item := range items {
			if err := assign(s.Index(i), item, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.String:
		s, ok := tree.(string)
		if !ok {
			return mismatch()
		}
		v.SetString(s)
	case reflect.Bool:
		b, ok := tree.(bool)
		if !ok {
			return mismatch()
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tree.(json.Number)
		if !ok {
			return mismatch()
		}
		i, err := strconv.ParseInt(n.String(), 10, v.Type().Bits())
		if err != nil {
			return fmt.Errorf("golden: %s: %w", at, err)
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := tree.(json.Number)
		if !ok {
			return mismatch()
		}
		u, err := strconv.ParseUint(n.String(), 10, v.Type().Bits())
		if err != nil {
			return fmt.Errorf("golden: %s: %w", at, err)
		}
		v.SetUint(u)
	default:
		return mismatch()
	}
	return nil
}

// assignKey sets the map key k from its text, as keyText wrote it.
func assignKey(k reflect.Value, text, at string) error {
	if k.Type() == nameType || k.Type() == idType {
		return setText(k, text, at)
	}
	if k.Kind() != reflect.String {
		return fmt.Errorf("golden: %s: cannot read a map keyed by %s", at, k.Type())
	}
	k.SetString(text)
	return nil
}

// setText sets a name or an object id from its text.
func setText(v reflect.Value, text, at string) error {
	var parsed any
	var err error
	if v.Type() == nameType {
		parsed, err = parseName(text)
	} else {
		parsed, err = parseID(text)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", at, err)
	}
	v.Set(reflect.ValueOf(parsed))
	return nil
}
