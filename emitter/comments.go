package emitter

import (
	"github.com/pgshape/pgshape/differ"
)

func setComment(c *differ.SetComment) string {
	text := "NULL"
	if c.Comment != "" {
		text = literal(c.Comment)
	}
	return "COMMENT ON " + commentTarget(c.Target) + " IS " + text
}

// commentTarget names an object as COMMENT ON expects it.
func commentTarget(o differ.Object) string {
	switch o.Kind {
	case differ.KindSchema:
		return "SCHEMA " + ident(o.Name.Name)
	case differ.KindExtension:
		return "EXTENSION " + ident(o.Name.Name)
	case differ.KindColumn:
		return "COLUMN " + o.Name.String() + "." + ident(o.Member)
	case differ.KindConstraint:
		return "CONSTRAINT " + ident(o.Member) + " ON " + o.Name.String()
	case differ.KindType:
		return "TYPE " + o.Name.String()
	case differ.KindSequence:
		return "SEQUENCE " + o.Name.String()
	case differ.KindIndex:
		return "INDEX " + o.Name.String()
	}
	return "TABLE " + o.Name.String()
}
