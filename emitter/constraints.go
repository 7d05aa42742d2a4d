package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// addConstraint adds a constraint: as written, NOT VALID when a ValidateConstraint
// follows, or attached to the index built for it (USING INDEX), in place of the
// constraint it replaces.
func addConstraint(c *differ.AddConstraint) []string {
	name := ident(c.Constraint.Name)
	switch {
	case c.UsingIndex != "":
		add := "ADD CONSTRAINT " + name + " " + keyWord(c.Constraint.Kind) + " USING INDEX " + ident(c.UsingIndex) + deferrable(c.Constraint.Definition)
		if c.Replaces != nil {
			add = "DROP CONSTRAINT " + name + ", " + add
		}
		return []string{alterTable(c.Table, add)}
	case c.ValidatedLater:
		return []string{alterTable(c.Table, "ADD CONSTRAINT "+name+" "+c.Constraint.Definition+" NOT VALID")}
	}
	return []string{alterTable(c.Table, "ADD CONSTRAINT "+name+" "+c.Constraint.Definition)}
}

func keyWord(k model.ConstraintKind) string {
	return pick(k == model.PrimaryKey, "PRIMARY KEY", "UNIQUE")
}

// deferrable is the DEFERRABLE clause that ends a key's definition as
// pg_get_constraintdef prints it, with a leading space, or "".
func deferrable(def string) string {
	for _, clause := range []string{" DEFERRABLE INITIALLY DEFERRED", " DEFERRABLE"} {
		if strings.HasSuffix(def, clause) {
			return clause
		}
	}
	return ""
}

// proveNotNull adds the check that lets SET NOT NULL skip its scan, not yet valid.
func proveNotNull(c *differ.ProveNotNull) string {
	return alterTable(c.Table, "ADD CONSTRAINT "+ident(c.Check)+" CHECK ("+ident(c.Column)+" IS NOT NULL) NOT VALID")
}

// setNotNull sets NOT NULL, proven by the validated check, then drops the check:
// two statements, each a brief lock with no scan.
func setNotNull(c *differ.SetNotNull) []string {
	return []string{
		alterTable(c.Table, "ALTER COLUMN "+ident(c.Column)+" SET NOT NULL"),
		alterTable(c.Table, "DROP CONSTRAINT "+ident(c.Check)),
	}
}

// swapIndex drops the old index concurrently and gives the rebuilt one its name.
func swapIndex(c *differ.SwapIndex) []string {
	return []string{
		"DROP INDEX CONCURRENTLY " + model.QName{Schema: c.Table.Schema, Name: c.Index.Name}.String(),
		"ALTER INDEX " + model.QName{Schema: c.Table.Schema, Name: c.Temp}.String() + " RENAME TO " + ident(c.Index.Name),
	}
}
