package emitter

import "github.com/pgshape/pgshape/model"

// createCollation writes CREATE COLLATION with the provider always named, so the
// statement means the same whatever the server's default provider. A libc collation
// whose two locales agree is written with locale alone.
func createCollation(c *model.Collation) string {
	opts := []string{"provider = " + c.Provider}
	switch {
	case c.Provider != "libc":
		opts = append(opts, "locale = "+literal(c.Locale))
	case c.LcCollate == c.LcCtype:
		opts = append(opts, "locale = "+literal(c.LcCollate))
	default:
		opts = append(opts, "lc_collate = "+literal(c.LcCollate), "lc_ctype = "+literal(c.LcCtype))
	}
	if !c.Deterministic {
		opts = append(opts, "deterministic = false")
	}
	s := "CREATE COLLATION " + c.Name.String() + " ("
	for i, o := range opts {
		if i > 0 {
			s += ", "
		}
		s += o
	}
	return s + ")"
}
