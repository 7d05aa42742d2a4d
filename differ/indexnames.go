package differ

import (
	"strings"

	"github.com/pgshape/pgshape/model"
)

// generatedIndexName is the name PostgreSQL gives the index it creates on a partition
// for its parent's index defined by definition (as pg_get_indexdef prints it):
// <partition>_<columns>_idx, cut to 63 bytes as model.ObjectName cuts it. It
// returns "" when the definition's column list cannot be read. PostgreSQL adds a
// number when the name is taken; callers only use the name to recognise the default
// one, and the plan's rehearsal catches a wrong guess.
func generatedIndexName(partition, definition string) string {
	cols, ok := indexColumnNames(definition)
	if !ok {
		return ""
	}
	return model.ObjectName(partition, model.NameAddition(cols), "idx")
}

// indexColumnNames reads the names PostgreSQL uses for an index's columns from its
// definition: a plain column gives its name, an expression "expr"; INCLUDE columns
// count too.
func indexColumnNames(definition string) ([]string, bool) {
	i := strings.Index(definition, " USING ")
	if i < 0 {
		return nil, false
	}
	rest := definition[i+len(" USING "):]
	open := strings.IndexByte(rest, '(')
	if open < 0 {
		return nil, false
	}
	elems, after, ok := splitParenList(rest[open:])
	if !ok {
		return nil, false
	}
	if inc, ok := strings.CutPrefix(after, " INCLUDE "); ok {
		more, _, ok := splitParenList(inc)
		if !ok {
			return nil, false
		}
		elems = append(elems, more...)
	}
	names := make([]string, len(elems))
	for k, e := range elems {
		names[k] = elementName(strings.TrimSpace(e))
	}
	return names, true
}

// splitParenList splits "(a, b(c, d), e) rest" at its top-level commas, minding
// quotes, and returns the elements and what follows the closing parenthesis.
func splitParenList(s string) (elems []string, rest string, ok bool) {
	if !strings.HasPrefix(s, "(") {
		return nil, "", false
	}
	depth, start := 0, 1
	var quote byte
	for k := 0; k < len(s); k++ {
		ch := s[k]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '"' || ch == '\'':
			quote = ch
		case ch == '(':
			depth++
		case ch == ')':
			depth--
			if depth == 0 {
				return append(elems, s[start:k]), s[k+1:], true
			}
		case ch == ',' && depth == 1:
			elems = append(elems, s[start:k])
			start = k + 1
		}
	}
	return nil, "", false
}

// elementName is the name PostgreSQL gives one index element: a column's name, a
// function call's function name (schema dropped), "expr" for anything else.
func elementName(e string) string {
	// COALESCE, GREATEST, LEAST and NULLIF print in capitals and name their
	// column in lower case.
	for _, kw := range []string{"COALESCE(", "GREATEST(", "LEAST(", "NULLIF("} {
		if strings.HasPrefix(e, kw) {
			return strings.ToLower(strings.TrimSuffix(kw, "("))
		}
	}
	// A cast of a column, ((a)::integer), is named after the column.
	if inner, ok := strings.CutPrefix(e, "(("); ok {
		if id, rest, ok := leadingIdent(inner); ok && strings.HasPrefix(rest, ")::") {
			return id
		}
	}
	var name string
	for {
		part, rest, ok := leadingIdent(e)
		if !ok {
			return "expr"
		}
		name, e = part, rest
		if !strings.HasPrefix(e, ".") {
			break
		}
		e = e[1:]
	}
	if e == "" || e[0] == ' ' || e[0] == '(' {
		return name
	}
	return "expr"
}

// leadingIdent reads the identifier at the start of s, quoted or not.
func leadingIdent(s string) (ident, rest string, ok bool) {
	if strings.HasPrefix(s, `"`) {
		var b strings.Builder
		for k := 1; k < len(s); k++ {
			if s[k] != '"' {
				b.WriteByte(s[k])
				continue
			}
			if k+1 < len(s) && s[k+1] == '"' {
				b.WriteByte('"')
				k++
				continue
			}
			return b.String(), s[k+1:], true
		}
		return "", "", false
	}
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
	})
	if end < 0 {
		end = len(s)
	}
	if end == 0 || s[0] >= '0' && s[0] <= '9' {
		return "", "", false
	}
	return s[:end], s[end:], true
}
