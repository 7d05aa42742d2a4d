package parser

import (
	pgparser "github.com/pganalyze/pg_query_go/v5/parser"
)

// parseChunk is the size of text parsed in one call when a file is larger:
// pg_query holds the whole tree of what it parses in memory, forty times
// the text, so a 17 MB schema parsed at once took 700 MB; in chunks cut at
// semicolons it takes a few tens of megabytes, and the chunks parse on
// every processor.
var parseChunk = 1 << 20

// parseInChunks parses a file larger than parseChunk in chunks of
// statements cut at its semicolons. ok is false for a smaller file, or when
// a chunk does not parse (a cut inside a BEGIN ATOMIC body, or a statement
// the grammar does not read): the whole file is parsed at once then, which
// tells the two apart.
func parseInChunks(f *file, tokens []scanToken) (_ []*rawStmt, ok bool) {
	if len(f.content) <= parseChunk {
		return nil, false
	}
	var chunks []piece
	for _, p := range semicolonPieces(tokens, len(f.content)) {
		if n := len(chunks); n > 0 && chunks[n-1].end-chunks[n-1].start < parseChunk {
			chunks[n-1].end = p.end
			continue
		}
		chunks = append(chunks, p)
	}
	parsed := make([][]encodedStmt, len(chunks))
	failed := make([]bool, len(chunks))
	inParallel(len(chunks), func(i int) {
		tree, err := pgparser.ParseToProtobuf(f.content[chunks[i].start:chunks[i].end])
		if err == nil {
			parsed[i], err = encodedStatements(tree)
		}
		failed[i] = err != nil
	})
	var out []*rawStmt
	for i, c := range chunks {
		if failed[i] {
			return nil, false
		}
		for _, rs := range parsed[i] {
			from := c.start + int(rs.location)
			to := c.end
			if rs.length > 0 {
				to = from + int(rs.length)
			}
			start, end, ok := tokenSpan(tokens, from, to)
			if !ok {
				continue
			}
			out = append(out, &rawStmt{file: f, encoded: rs.node, start: start, end: end, base: c.start, index: len(out)})
		}
	}
	return out, true
}
