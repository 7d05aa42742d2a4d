package parser

import (
	"fmt"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// sessionSettings are the settings pg_dump (and people copying its output) put at
// the top of a file. They change how the following statements run, not what they
// create, so they are skipped with a notice: the shadow database runs with its own
// defaults. Skipping search_path is safe for pg_dump output, which qualifies every
// name.
var sessionSettings = map[string]bool{
	"search_path":                         true,
	"check_function_bodies":               true,
	"statement_timeout":                   true,
	"lock_timeout":                        true,
	"client_encoding":                     true,
	"standard_conforming_strings":         true,
	"xmloption":                           true,
	"client_min_messages":                 true,
	"row_security":                        true,
	"default_tablespace":                  true,
	"default_table_access_method":         true,
	"idle_in_transaction_session_timeout": true,
	"default_with_oids":                   true, // pg_dump before 12
	"transaction_timeout":                 true, // pg_dump 17 and later
}

// notice is a message about the input that is not an error: something skipped.
// A warning is one about something read but not fully understood (an opaque
// statement).
type notice struct {
	off     int
	msg     string
	warning bool
}

func (f *file) notice(off int, format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.notices = append(f.notices, notice{off: off, msg: fmt.Sprintf(format, args...)})
}

func (f *file) warn(off int, format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.notices = append(f.notices, notice{off: off, msg: fmt.Sprintf(format, args...), warning: true})
}

// noticeLines renders the file's notices as "file:line: message", top to bottom.
func (f *file) noticeLines() []string {
	sort.SliceStable(f.notices, func(i, j int) bool { return f.notices[i].off < f.notices[j].off })
	var out []string
	for _, n := range f.notices {
		if !n.warning {
			src := f.source(n.off)
			out = append(out, fmt.Sprintf("%s:%d: %s", src.File, src.Line, n.msg))
		}
	}
	return out
}

// warningLines renders the file's warnings as "file:line:col: message", top to
// bottom.
func (f *file) warningLines() []string {
	sort.SliceStable(f.notices, func(i, j int) bool { return f.notices[i].off < f.notices[j].off })
	var out []string
	for _, n := range f.notices {
		if n.warning {
			out = append(out, fmt.Sprintf("%s: %s", f.source(n.off), n.msg))
		}
	}
	return out
}

// isSessionSetting reports whether the statement is a session setting to skip:
// SET name ... for a name in sessionSettings, or pg_dump's
// SELECT pg_catalog.set_config('search_path', ”, false).
func isSessionSetting(n *pg_query.Node) bool {
	switch v := n.Node.(type) {
	case *pg_query.Node_VariableSetStmt:
		return sessionSettings[strings.ToLower(v.VariableSetStmt.Name)]
	case *pg_query.Node_SelectStmt:
		sel := v.SelectStmt
		if len(sel.TargetList) != 1 || len(sel.FromClause) > 0 || sel.WhereClause != nil {
			return false
		}
		f := sel.TargetList[0].GetResTarget().GetVal().GetFuncCall()
		if f == nil || len(f.Args) == 0 {
			return false
		}
		names := strs(f.Funcname)
		if len(names) == 0 || names[len(names)-1] != "set_config" || (len(names) == 2 && names[0] != "pg_catalog") {
			return false
		}
		c := f.Args[0].GetAConst()
		return c != nil && c.GetSval() != nil && sessionSettings[strings.ToLower(c.GetSval().Sval)]
	}
	return false
}

// stripMetaCommands blanks out psql meta-commands (lines starting with a
// backslash: \connect, \restrict from pg_dump 17.6 and later, \set ...), which are
// not SQL, keeping every other byte where it was so positions stay right. A line
// inside a string, a dollar-quoted body or a comment is left alone.
func stripMetaCommands(f *file) {
	if !strings.Contains(f.content, "\\") {
		return
	}
	tokens, _ := scan(f.content)
	inside := func(off int) bool {
		for _, t := range tokens {
			if int(t.Start) < off && off < int(t.End) {
				return true
			}
		}
		return false
	}
	b := []byte(f.content)
	for start := 0; start < len(b); {
		end := strings.IndexByte(f.content[start:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += start
		}
		if b[start] == '\\' && !inside(start) {
			f.notice(start, "removed psql meta-command %s", strings.TrimRight(f.content[start:end], "\r"))
			for i := start; i < end; i++ {
				if b[i] != '\r' {
					b[i] = ' '
				}
			}
		}
		start = end + 1
	}
	f.content = string(b)
}
