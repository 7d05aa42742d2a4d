package model

import "reflect"

// Clone returns a deep copy of c, for a catalog that is kept (given by a
// caller, or read once and handed out many times) while its users narrow it
// to a scope or rename roles in place. The copy is made by reflection so that
// it follows every kind the model gains; nil maps and slices stay nil, empty
// ones empty, because some code tells them apart.
func (c *Catalog) Clone() *Catalog {
	return deepCopy(reflect.ValueOf(c)).Interface().(*Catalog)
}

// deepCopy copies v and everything it points to. The model's types are plain
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

// CloneKeeping returns a deep copy of the objects of c that keep keeps, as
// Clone followed by Keep would, without copying the others: on a catalog of
// thousands of tables, a copy of a few of them costs what they do.
func (c *Catalog) CloneKeeping(keep func(ObjectID) bool) *Catalog {
	kept := c.ShallowCopy()
	kept.Keep(keep)
	return kept.Clone()
}

// ShallowCopy returns a catalog with maps and lists of its own that hold
// c's objects themselves: adding, replacing or removing an object in one
// leaves the other as it was; changing an object changes both.
func (c *Catalog) ShallowCopy() *Catalog {
	out := *c
	v := reflect.ValueOf(&out).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Map && !f.IsNil():
			m := reflect.MakeMapWithSize(f.Type(), f.Len())
			iter := f.MapRange()
			for iter.Next() {
				m.SetMapIndex(iter.Key(), iter.Value())
			}
			f.Set(m)
		case f.Kind() == reflect.Slice && !f.IsNil():
			s := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
			reflect.Copy(s, f)
			f.Set(s)
		}
	}
	return &out
}
