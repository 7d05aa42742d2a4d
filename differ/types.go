package differ

import (
	"regexp"
	"strconv"
	"strings"
)

// conversion describes what ALTER COLUMN ... TYPE does to existing rows.
type conversion struct {
	rewrites   bool // the table is rewritten
	lossy      bool // values may not fit: the change can fail or lose precision
	needsUsing bool // no assignment cast exists: an explicit USING is needed
}

var (
	noRewrite = conversion{}
	rewrite   = conversion{rewrites: true}
	unknown   = conversion{rewrites: true, lossy: true, needsUsing: true}
)

// typeName is a type as format_type prints it, split into its parts:
// "numeric(10,2)[]" → base "numeric", mods [10 2], array dimensions 1.
type typeName struct {
	base  string
	mods  []int
	array int
}

var typeModRE = regexp.MustCompile(`^(.*?)\(([0-9, ]+)\)(.*)$`)

func parseTypeName(s string) typeName {
	var t typeName
	for strings.HasSuffix(s, "[]") {
		s = strings.TrimSuffix(s, "[]")
		t.array++
	}
	if m := typeModRE.FindStringSubmatch(s); m != nil {
		// "timestamp(3) with time zone" keeps its words around the modifier.
		s = strings.TrimSpace(m[1] + m[3])
		for _, part := range strings.Split(m[2], ",") {
			n, _ := strconv.Atoi(strings.TrimSpace(part))
			t.mods = append(t.mods, n)
		}
	}
	t.base = s
	return t
}

// widening lists conversions that lose nothing: from → to → whether the table is
// rewritten. Anything to text is handled apart.
var widening = map[string]map[string]bool{
	"smallint":                    {"integer": true, "bigint": true, "numeric": true, "real": true, "double precision": true},
	"integer":                     {"bigint": true, "numeric": true, "double precision": true},
	"bigint":                      {"numeric": true},
	"real":                        {"double precision": true},
	"character varying":           {"text": false},
	"timestamp without time zone": {"timestamp with time zone": true},
	"cidr":                        {"inet": false},
	"json":                        {"jsonb": true},
}

// classifyTypeChange says what changing a column from type `from` to type `to` does.
func classifyTypeChange(from, to string) conversion {
	if from == to {
		return noRewrite
	}
	f, t := parseTypeName(from), parseTypeName(to)
	if f.array != t.array {
		return unknown
	}
	if f.base == t.base {
		return modifierChange(f, t)
	}
	if rewrites, ok := widening[f.base][t.base]; ok && len(t.mods) == 0 {
		return conversion{rewrites: rewrites}
	}
	switch {
	case t.base == "text" || (t.base == "character varying" && len(t.mods) == 0):
		// Every type has an assignment cast to text through its output function.
		return conversion{rewrites: f.base != "character varying" && f.base != "text"}
	case f.base == "text" && t.base == "character varying":
		return conversion{rewrites: true, lossy: true}
	}
	return unknown
}

// modifierChange handles a change of length, precision or scale on the same type.
func modifierChange(f, t typeName) conversion {
	switch f.base {
	case "character varying", "bit varying":
		if len(t.mods) == 0 || (len(f.mods) == 1 && t.mods[0] >= f.mods[0]) {
			return noRewrite
		}
		return conversion{rewrites: true, lossy: true} // fails on longer values
	case "numeric":
		if len(t.mods) == 0 {
			return noRewrite
		}
		if len(f.mods) == 2 && len(t.mods) == 2 && f.mods[1] == t.mods[1] && t.mods[0] >= f.mods[0] {
			return noRewrite
		}
		if len(f.mods) == 2 && len(t.mods) == 2 && t.mods[1] >= f.mods[1] && t.mods[0]-t.mods[1] >= f.mods[0]-f.mods[1] {
			return rewrite
		}
		return conversion{rewrites: true, lossy: true}
	case "timestamp without time zone", "timestamp with time zone", "time without time zone", "time with time zone", "interval":
		if len(t.mods) == 0 || (len(f.mods) == 1 && t.mods[0] >= f.mods[0]) {
			return noRewrite
		}
		return conversion{rewrites: true, lossy: true}
	}
	return conversion{rewrites: true, lossy: true}
}

// volatileFunctions are the functions commonly used in defaults whose value differs
// per row: adding a column with such a default fills every row, rewriting the table.
var volatileFunctions = []string{"nextval(", "random(", "gen_random_uuid(", "uuid_generate_", "clock_timestamp(", "timeofday(", "statement_timestamp("}

func isVolatile(expr string) bool {
	for _, f := range volatileFunctions {
		if strings.Contains(expr, f) {
			return true
		}
	}
	return false
}
