package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func viewKeyword(v *model.View) string { return pick(v.Materialized, "MATERIALIZED VIEW", "VIEW") }

// createView writes the view from its query as pg_get_viewdef printed it. A
// materialized view is created WITH DATA, usable once the plan has run, unless
// declared WITH NO DATA (model.View.NoData): then it waits for a REFRESH, as
// declared (its query may be too slow to run inside a migration).
// The column names are written out when known: the query alone does not give them
// when they were renamed by a column list (CREATE VIEW v (a, b) AS VALUES ...).
func createView(c *differ.CreateView) string {
	v := c.View
	if c.Placeholder {
		cols := make([]string, len(v.Columns))
		for i, col := range v.Columns {
			cols[i] = "NULL::" + v.ColumnTypes[i] + " AS " + ident(col)
		}
		return "CREATE VIEW " + v.Name.String() + " AS\nSELECT " + strings.Join(cols, ",\n    ")
	}
	head := "CREATE "
	if c.Replace {
		head += "OR REPLACE "
	}
	s := head + viewKeyword(v) + " " + v.Name.String()
	if len(v.Columns) > 0 {
		cols := make([]string, len(v.Columns))
		for i, col := range v.Columns {
			cols[i] = ident(col)
		}
		s += " (" + strings.Join(cols, ", ") + ")"
	}
	if len(v.Options) > 0 {
		s += " WITH (" + strings.Join(optionList(v.Options), ", ") + ")"
	}
	s += " AS\n" + strings.TrimSuffix(strings.TrimSpace(v.Query), ";")
	if v.Materialized && v.NoData {
		s += "\nWITH NO DATA"
	}
	return s
}

func dropView(c *differ.DropView) string {
	return "DROP " + viewKeyword(c.View) + " " + c.View.Name.String()
}

func setViewOptions(c *differ.SetViewOptions) []string {
	return setReset("ALTER "+viewKeyword(c.View)+" "+c.View.Name.String(), c.Set, c.Reset)
}

// setReset writes the SET (...) and RESET (...) forms of storage parameters and
// view options.
func setReset(alter string, set, reset []string) []string {
	var out []string
	if len(set) > 0 {
		out = append(out, alter+" SET ("+strings.Join(optionList(set), ", ")+")")
	}
	if len(reset) > 0 {
		out = append(out, alter+" RESET ("+strings.Join(reset, ", ")+")")
	}
	return out
}

// optionList spells "name=value" options for WITH (...) and SET (...), quoting
// values that are not plain words or numbers.
func optionList(options []string) []string {
	out := make([]string, len(options))
	for i, o := range options {
		name, value, _ := strings.Cut(o, "=")
		if !plainValue(value) {
			value = literal(value)
		}
		out[i] = name + "=" + value
	}
	return out
}

func plainValue(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}
