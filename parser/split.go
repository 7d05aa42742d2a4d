package parser

import (
	"errors"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
	pgparser "github.com/pganalyze/pg_query_go/v5/parser"
)

// rawStmt is one parsed statement and where its text sits in its file.
type rawStmt struct {
	file *file
	// node is the statement's parse tree while it is read (see decode);
	// encoded is the same tree as pg_query's protobuf, a part of the whole
	// file's, which the statement keeps instead (see trees.go).
	node    *pg_query.Node
	encoded []byte
	start   int // byte offset of the first token (comments before it are not part of it)
	end     int // byte offset just past the last token
	// base is added to the locations inside node: non-zero when the statement was
	// parsed on its own after the whole file failed to parse.
	base  int
	index int // position in the file, for the stable tie-break of the load order
	// parseErr is pg_query's syntax error for a statement its grammar does not read
	// (PostgreSQL 17+ syntax, or a typo); node is nil then. Such a statement is kept
	// as an opaque one (see opaque.go) for the server to judge.
	parseErr error
}

func (r *rawStmt) text() string { return r.file.content[r.start:r.end] }

// offset turns a location from the parse tree into a byte offset in the file; -1
// (unknown) falls back to the statement's start.
func (r *rawStmt) offset(loc int32) int {
	if loc < 0 {
		return r.start
	}
	return r.base + int(loc)
}

// splitFile parses a file into statements. When the file does not parse as a whole,
// it is cut at semicolons and every piece parsed on its own (pieces joined again where
// a BEGIN ATOMIC body's semicolons cut a statement); a piece that still does not
// parse becomes an opaque statement (parseErr set), which the server judges. A file
// that does not even scan (an unterminated quote) is an error.
func splitFile(f *file) ([]*rawStmt, []error) {
	if i := strings.IndexByte(f.content, 0); i >= 0 {
		// pg_query reads C strings: a NUL would silently end the file early.
		return nil, []error{f.errorAt(i, "file contains a NUL byte")}
	}
	stripMetaCommands(f)
	all, err := scan(f.content)
	if err != nil {
		return nil, []error{syntaxError(f, 0, f.content, err)}
	}
	f.tokens = all
	tokens := significant(all)
	if out, ok := parseInChunks(f, tokens); ok {
		return out, nil
	}
	tree, err := pgparser.ParseToProtobuf(f.content)
	if err == nil {
		stmts, err := encodedStatements(tree)
		if err != nil {
			return nil, []error{f.errorAt(0, "cannot read pg_query's parse tree: %v", err)}
		}
		var out []*rawStmt
		for _, rs := range stmts {
			from := int(rs.location)
			to := len(f.content)
			if rs.length > 0 {
				to = from + int(rs.length)
			}
			start, end, ok := tokenSpan(tokens, from, to)
			if !ok {
				continue
			}
			out = append(out, &rawStmt{file: f, encoded: rs.node, start: start, end: end, index: len(out)})
		}
		return out, nil
	}
	// Cut the file at semicolons and parse every piece on its own, so that one
	// statement the grammar does not read does not hide the others.
	pieces := semicolonPieces(tokens, len(f.content))
	var out []*rawStmt
	opaque := false
	for i := 0; i < len(pieces); i++ {
		p := pieces[i]
		text := f.content[p.start:p.end]
		t, perr := pg_query.Parse(text)
		if perr != nil {
			if j, ok := joinPieces(f, pieces, i); ok {
				// A semicolon inside BEGIN ATOMIC ... END cut the statement.
				p = piece{p.start, pieces[j].end}
				i = j
				t, perr = pg_query.Parse(f.content[p.start:p.end])
			}
		}
		if perr != nil {
			opaque = true
			out = append(out, &rawStmt{file: f, start: p.start, end: p.end, base: p.start, index: len(out),
				parseErr: syntaxError(f, p.start, text, perr)})
			continue
		}
		for _, rs := range t.Stmts {
			out = append(out, &rawStmt{file: f, node: rs.Stmt, start: p.start, end: p.end, base: p.start, index: len(out)})
		}
	}
	if !opaque {
		// The pieces parse one by one but not together: report the whole-file error.
		return nil, []error{syntaxError(f, 0, f.content, err)}
	}
	return out, nil
}

// piece is the text of one statement between semicolons: [start, end) in the file,
// from its first token to its last.
type piece struct{ start, end int }

// semicolonPieces cuts a file at its semicolon tokens (those inside strings,
// dollar-quoted bodies and comments are not tokens of their own), leaving out
// pieces without a token.
func semicolonPieces(tokens []scanToken, size int) []piece {
	var out []piece
	from := 0
	for i := 0; i <= len(tokens); i++ {
		if i < len(tokens) && tokens[i].Token != pg_query.Token_ASCII_59 {
			continue
		}
		to := size
		if i < len(tokens) {
			to = int(tokens[i].Start)
		}
		start, end, ok := tokenSpan(tokens, from, to)
		if i < len(tokens) {
			from = int(tokens[i].End)
		}
		if ok {
			out = append(out, piece{start, end})
		}
	}
	return out
}

// maxJoinedPieces bounds how many pieces after a failing one are tried as parts of
// the same statement: a BEGIN ATOMIC body has a few statements, and each try parses
// the joined text again.
const maxJoinedPieces = 32

// joinPieces looks for the smallest run of pieces from i to j that parses as one
// statement, as a function with a BEGIN ATOMIC body does, whose inner semicolons
// cut it.
func joinPieces(f *file, pieces []piece, i int) (int, bool) {
	for j := i + 1; j < len(pieces) && j <= i+maxJoinedPieces; j++ {
		t, err := pg_query.Parse(f.content[pieces[i].start:pieces[j].end])
		if err == nil && len(t.Stmts) == 1 {
			return j, true
		}
	}
	return 0, false
}

// significant drops comment tokens: statements start and end at real tokens.
func significant(tokens []scanToken) []scanToken {
	out := tokens[:0:0]
	for _, t := range tokens {
		if t.Token != pg_query.Token_SQL_COMMENT && t.Token != pg_query.Token_C_COMMENT {
			out = append(out, t)
		}
	}
	return out
}

// tokenSpan returns the start of the first and the end of the last token inside
// [from, to), with ok false when there is none (a comment-only or empty piece).
func tokenSpan(tokens []scanToken, from, to int) (start, end int, ok bool) {
	start, end = -1, -1
	// Tokens are in file order: skip to the first at from, stop at the first past to.
	i := sort.Search(len(tokens), func(i int) bool { return int(tokens[i].Start) >= from })
	for _, t := range tokens[i:] {
		s, e := int(t.Start), int(t.End)
		if s >= to || e > to {
			break
		}
		if t.Token == pg_query.Token_ASCII_59 {
			continue
		}
		if start < 0 {
			start = s
		}
		end = e
	}
	return start, end, start >= 0
}

// syntaxError converts a pg_query error on text (which starts at byte base of the
// file) into an Error at the reported cursor position.
func syntaxError(f *file, base int, text string, err error) error {
	var pe *pgparser.Error
	if !errors.As(err, &pe) {
		return f.errorAt(base, "%v", err)
	}
	off := base
	if pe.Cursorpos > 0 {
		// Cursorpos counts characters from 1, as PostgreSQL's error position does.
		off = base + runeOffset(text, pe.Cursorpos-1)
	}
	return f.errorAt(off, "%s", pe.Message)
}

// runeOffset returns the byte offset of the n-th character of s (0-based).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
