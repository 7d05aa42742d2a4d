package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"
	pgparser "github.com/pganalyze/pg_query_go/v5/parser"
	"google.golang.org/protobuf/encoding/protowire"
)

// scanToken is a token of pg_query's scanner, held as a value: a file of
// schema has millions of tokens, and pg_query.Scan's messages take several
// times the room (a 17 MB schema's took 170 MB).
type scanToken struct {
	Start, End  int32
	Token       pg_query.Token
	KeywordKind pg_query.KeywordKind
}

// scan returns the tokens of text, comments included, read from pg_query's
// protobuf ScanResult (tokens, field 2: ScanToken start 1, end 2, token 4,
// keyword_kind 5) without decoding it into messages.
func scan(text string) ([]scanToken, error) {
	b, err := pgparser.ScanToProtobuf(text)
	if err != nil {
		return nil, err
	}
	return messages(b, 2, func(t *scanToken, num protowire.Number, _ []byte, v uint64) {
		switch num {
		case 1:
			t.Start = int32(v)
		case 2:
			t.End = int32(v)
		case 4:
			t.Token = pg_query.Token(v)
		case 5:
			t.KeywordKind = pg_query.KeywordKind(v)
		}
	})
}
