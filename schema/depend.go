package schema

import "github.com/pgshape/pgshape/model"

// objectKey is how pg_depend names an object: its system catalog and oid.
type objectKey struct {
	class string // the catalog's name: pg_class, pg_proc, pg_type, ...
	oid   uint32
}

// addObject records the model object a catalog row stands for.
func (in *inspector) addObject(class string, oid uint32, id model.ObjectID) {
	in.objects[objectKey{class, oid}] = id
}

// addType records a type, and its array type (0 for none) as the same type: a
// column of type mood[] depends on mood.
func (in *inspector) addType(oid, array uint32, id model.ObjectID) {
	in.addObject("pg_type", oid, id)
	if array != 0 {
		in.addObject("pg_type", array, id)
	}
}
