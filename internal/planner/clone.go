package planner

import (
	"reflect"

	"github.com/pgshape/pgshape/model"
)

// cloneCatalog returns a deep copy of c: a catalog given as a source
// (CatalogSource) stays the caller's, while the planner narrows the state to
// the scope and renames its role in place. The copy is made by reflection so
// that it follows every kind model gains; nil maps and slices stay nil, empty
// ones empty, because some code tells them apart.
func cloneCatalog(c *model.Catalog) *model.Catalog {
	return deepCopy(reflect.ValueOf(c)).Interface().(*model.Catalog)
}

// deepCopy copies v and everything it points to. model's types are plain
// values with exported fields and no cycles, which is all it handles.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(deepCopy(v.Elem()))
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		for i := range v.NumField() {
			out.Field(i).Set(deepCopy(v.Field(i)))
		}
		return out
	case reflect.Array, reflect.Slice:
		var out reflect.Value
		switch {
		case v.Kind() == reflect.Array:
			out = reflect.New(v.Type()).Elem()
		case v.IsNil():
			return reflect.Zero(v.Type())
		default:
			out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		}
		for i := range v.Len() {
			out.Index(i).Set(deepCopy(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(deepCopy(iter.Key()), deepCopy(iter.Value()))
		}
		return out
	}
	// Strings, numbers and booleans are values already.
	return v
}
