package parser

import (
	"errors"

	pg_query "github.com/pganalyze/pg_query_go/v5"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
)

// Parse trees are large: as Go values, forty times the text they stand for,
// so the trees of a schema of 10,000 tables would take most of a gigabyte
// if they were all held at once. The whole file is parsed in one call,
// into pg_query's protobuf (about twice the text), and each statement keeps
// its part of that: its tree is decoded while it is read (rawStmt.decode),
// and again when the builder applies it (stmt.tree). A tree that reading
// changed (a CREATE TABLE without its foreign keys) is encoded again for
// the builder (pack).

// encodedStmt is one statement of pg_query's protobuf parse result: its tree,
// encoded, and where its text is in the file.
type encodedStmt struct {
	node             []byte
	location, length int32
}

var errBadTree = errors.New("malformed protobuf")

// fields calls fn with each field of the protobuf message b: its number, and
// its value, as bytes for a length-delimited field, as a number for a varint
// (the others are skipped). It stops at fn's first error.
func fields(b []byte, fn func(num protowire.Number, bytes []byte, varint uint64) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return errBadTree
		}
		b = b[n:]
		var bytes []byte
		var varint uint64
		switch typ {
		case protowire.BytesType:
			bytes, n = protowire.ConsumeBytes(b)
		case protowire.VarintType:
			varint, n = protowire.ConsumeVarint(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return errBadTree
		}
		b = b[n:]
		if err := fn(num, bytes, varint); err != nil {
			return err
		}
	}
	return nil
}

// encodedStatements splits pg_query's protobuf ParseResult into its
// statements (field 2, RawStmt: stmt 1, stmt_location 2, stmt_len 3)
// without decoding their trees.
func encodedStatements(b []byte) ([]encodedStmt, error) {
	return messages(b, 2, func(s *encodedStmt, num protowire.Number, bytes []byte, v uint64) {
		switch num {
		case 1:
			s.node = bytes
		case 2:
			s.location = int32(v)
		case 3:
			s.length = int32(v)
		}
	})
}

// messages reads the messages of the repeated field of b numbered field,
// each into a T by set, called with each of the message's fields.
func messages[T any](b []byte, field protowire.Number, set func(t *T, num protowire.Number, bytes []byte, v uint64)) ([]T, error) {
	var out []T
	err := fields(b, func(num protowire.Number, msg []byte, _ uint64) error {
		if num != field {
			return nil
		}
		var t T
		err := fields(msg, func(num protowire.Number, bytes []byte, v uint64) error {
			set(&t, num, bytes, v)
			return nil
		})
		out = append(out, t)
		return err
	})
	return out, err
}

// decodeNode decodes a tree pg_query encoded; nil for none.
func decodeNode(b []byte) (*pg_query.Node, error) {
	if b == nil {
		return nil, nil
	}
	n := &pg_query.Node{}
	if err := proto.Unmarshal(b, n); err != nil {
		return nil, err
	}
	return n, nil
}

// decode sets r.node from the encoded tree, for reading the statement; the
// caller drops it (r.node = nil) once read.
func (r *rawStmt) decode() error {
	if r.node != nil || r.encoded == nil {
		return nil
	}
	n, err := decodeNode(r.encoded)
	if err != nil {
		return r.file.errorAt(r.start, "cannot read pg_query's parse tree: %v", err)
	}
	r.node = n
	return nil
}

// pack replaces the trees of the statements read from r by their encoded
// form: r's own where a statement's tree is r's, unchanged; the tree encoded
// again where reading changed it. The statements decode them again when
// applied (tree).
func pack(r *rawStmt, ss []*stmt) error {
	for _, s := range ss {
		switch {
		case s.node == nil || s.opaque:
			continue
		case s.encoded != nil:
			// Encoded already, when it was deparsed (deparseEncoded).
		case s.node == r.node && r.encoded != nil:
			s.encoded = r.encoded
		default:
			b, err := proto.Marshal(s.node)
			if err != nil {
				return s.errorAt(-1, "cannot encode the statement's parse tree: %v", err)
			}
			s.encoded = b
		}
		s.node = nil
	}
	r.node = nil
	return nil
}

// tree is the statement's parse tree: as it is while being read, decoded
// again from its encoded form after (see pack).
func (s *stmt) tree() *pg_query.Node {
	if s.node != nil || s.encoded == nil {
		return s.node
	}
	n, err := decodeNode(s.encoded)
	if err != nil {
		// pack encoded it, or pg_query did: the bytes are the process's own.
		panic("parser: cannot decode a parse tree encoded by this process: " + err.Error())
	}
	return n
}
