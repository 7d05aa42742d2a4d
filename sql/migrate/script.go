package migrate

import (
	"strings"
	"unicode/utf8"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// script is a migration's SQL split into statements.
type script struct {
	text  string
	stmts []statement
	// noTx names the first statement that cannot run inside a transaction block
	// ("CREATE INDEX CONCURRENTLY at line 3"); empty when the file can run in one.
	noTx string
	// txLine is the line of the first statement that can run in a transaction
	// block, other than SET, RESET and SHOW (which go with either kind); 0 when
	// there is none.
	txLine int
}

// statement is one statement of a script, located by byte offsets into its text.
type statement struct {
	start, end int
	// again says how the statement may run again, alone, after a lock
	// timeout stopped it outside a transaction (see retryKind).
	again retryKind
}

// splitScript parses text into statements. When the parser rejects the text (a
// syntax error, or syntax newer than the parser's), the whole text becomes one
// statement: the server then reports the error itself, with its position.
func splitScript(text string) script {
	s := script{text: text}
	tree, err := pg_query.Parse(text)
	if err != nil {
		s.stmts = []statement{{start: 0, end: len(text)}}
		return s
	}
	for _, raw := range tree.Stmts {
		start := int(raw.StmtLocation)
		end := len(text)
		if raw.StmtLen > 0 {
			end = start + int(raw.StmtLen)
		}
		stmt := statement{start: start, end: end, again: retryKindOf(raw.Stmt)}
		s.stmts = append(s.stmts, stmt)
		what := nonTransactional(raw.Stmt)
		switch {
		case what != "" && s.noTx == "":
			s.noTx = what + " at line " + itoa(s.firstTokenLine(stmt))
		case what == "" && s.txLine == 0 && !neutral(raw.Stmt):
			s.txLine = s.firstTokenLine(stmt)
		}
	}
	return s
}

// neutral reports whether a statement runs as well inside a transaction block
// as outside one and so does not make a file "mixed": SET, RESET, SHOW.
func neutral(n *pg_query.Node) bool {
	return n.GetVariableSetStmt() != nil || n.GetVariableShowStmt() != nil
}

// sql returns the statement's text.
func (s script) sql(st statement) string { return s.text[st.start:st.end] }

// lineAt returns the 1-based line of byte offset off.
func (s script) lineAt(off int) int {
	return strings.Count(s.text[:min(off, len(s.text))], "\n") + 1
}

// firstTokenLine returns the line where the statement's first token is: its text
// starts right after the previous semicolon, so it may begin with blank lines and
// comments.
func (s script) firstTokenLine(st statement) int {
	return s.lineAt(st.start + skipSpaceAndComments(s.sql(st)))
}

// errorLine returns the line of an error the server reported at position pos
// (1-based, counted in characters, as PostgreSQL does) within statement st, or of
// the statement's first token when pos is 0. charsAreBytes is for SQL_ASCII
// servers, which count bytes.
func (s script) errorLine(st statement, pos int, charsAreBytes bool) int {
	if pos <= 0 {
		return s.firstTokenLine(st)
	}
	sql := s.sql(st)
	off := 0
	for n := 1; n < pos && off < len(sql); n++ {
		if charsAreBytes {
			off++
			continue
		}
		_, size := utf8.DecodeRuneInString(sql[off:])
		off += size
	}
	return s.lineAt(st.start + off)
}

// skipSpaceAndComments returns the offset of the first byte of sql that is neither
// white space nor inside a -- or /* */ comment (comments nest, as in PostgreSQL).
func skipSpaceAndComments(sql string) int {
	i := 0
	for i < len(sql) {
		switch {
		case sql[i] == ' ' || sql[i] == '\t' || sql[i] == '\n' || sql[i] == '\r' || sql[i] == '\f' || sql[i] == '\v':
			i++
		case strings.HasPrefix(sql[i:], "--"):
			nl := strings.IndexByte(sql[i:], '\n')
			if nl < 0 {
				return len(sql)
			}
			i += nl + 1
		case strings.HasPrefix(sql[i:], "/*"):
			depth := 0
			for i < len(sql) {
				if strings.HasPrefix(sql[i:], "/*") {
					depth++
					i += 2
				} else if strings.HasPrefix(sql[i:], "*/") {
					depth--
					i += 2
					if depth == 0 {
						break
					}
				} else {
					i++
				}
			}
		default:
			return i
		}
	}
	return i
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}
