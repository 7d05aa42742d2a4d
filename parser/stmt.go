package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"
	pgparser "github.com/pganalyze/pg_query_go/v5/parser"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/pgshape/pgshape/model"
)

// The statement kinds, as Statement.Kind spells them.
const (
	kindCreateSchema    = "CREATE SCHEMA"
	kindCreateExtension = "CREATE EXTENSION"
	kindCreateCollation = "CREATE COLLATION"
	kindCreateType      = "CREATE TYPE"
	kindCreateSequence  = "CREATE SEQUENCE"
	kindCreateTable     = "CREATE TABLE"
	kindAlterTable      = "ALTER TABLE"
	kindCreateIndex     = "CREATE INDEX"
	kindAlterIndex      = "ALTER INDEX"
	kindAlterSequence   = "ALTER SEQUENCE"
	kindComment         = "COMMENT"

	kindCreateDomain      = "CREATE DOMAIN"
	kindAlterDomain       = "ALTER DOMAIN"
	kindCreateFunction    = "CREATE FUNCTION"
	kindCreateProcedure   = "CREATE PROCEDURE"
	kindCreateView        = "CREATE VIEW"
	kindCreateMatView     = "CREATE MATERIALIZED VIEW"
	kindAlterView         = "ALTER VIEW"
	kindAlterMatView      = "ALTER MATERIALIZED VIEW"
	kindCreateTrigger     = "CREATE TRIGGER"
	kindCreatePolicy      = "CREATE POLICY"
	kindGrant             = "GRANT"
	kindRevoke            = "REVOKE"
	kindDefaultPrivileges = "ALTER DEFAULT PRIVILEGES"
	kindOwner             = "OWNER TO"
)

// priority is the tie-break between statements that do not depend on each other:
// the order a person would write a schema in, so the output reads naturally.
var priority = map[string]int{
	kindCreateSchema:    0,
	kindCreateExtension: 1,
	kindCreateCollation: 1,
	kindCreateType:      2,
	kindCreateDomain:    2,
	kindAlterDomain:     3,
	// Functions come before tables, which may use them in defaults and checks;
	// a SQL function whose body reads a table waits for it through its references.
	kindCreateFunction:    4,
	kindCreateProcedure:   4,
	kindCreateSequence:    5,
	kindCreateTable:       6,
	kindAlterTable:        7,
	kindCreateIndex:       8,
	kindAlterIndex:        9,
	kindAlterSequence:     10,
	kindCreateView:        11,
	kindCreateMatView:     11,
	kindAlterView:         12,
	kindAlterMatView:      12,
	kindCreateTrigger:     13,
	kindCreatePolicy:      14,
	kindOwner:             15,
	kindGrant:             16, // GRANT and REVOKE share a priority: their order
	kindRevoke:            16, // as written decides what is left granted
	kindDefaultPrivileges: 17,
	kindComment:           18,
}

// refKind is the kind of object a statement creates or needs.
type refKind int

const (
	refSchema refKind = iota
	refExtension
	refType // enum types, and tables' row types
	refSequence
	refTable
	refColumn // name is the table, sub the column
	refIndex
	refConstraint // name is the table, sub the constraint
	// refUniqueKey is any primary key, unique constraint or unique index of table name:
	// a foreign key can only be added once the key it references exists.
	refUniqueKey
	refFunction // functions and procedures by name: every overload provides it
	refTrigger  // name is the table, sub the trigger
	refPolicy   // name is the table, sub the policy
	refCollation
	// refOwnedSequence is a sequence made OWNED BY a column of table name: a new
	// owner of the table, which cascades to it, waits for it.
	refOwnedSequence
	// refAttachedIndex is a partition's index attached to the partitioned index
	// name by ALTER INDEX ... ATTACH PARTITION (see orderAttachedIndexes).
	refAttachedIndex
	// refObject is an object of a kind compared as a whole, the kind in sub (see
	// wholeobjects.go).
	refObject
	// refPosition is a statement's place in its file (name.Schema is the file, sub
	// the index): it keeps opaque statements in place (see orderOpaque).
	refPosition
)

// ref names an object for the load order. Several statements may provide the same ref
// (every unique key of a table); a ref nobody provides (a pg_catalog type, an
// extension's object) is no edge.
type ref struct {
	kind refKind
	name model.QName
	sub  string
}

// stmt is a statement being analysed: a whole statement from a file, or a part split
// off one (a foreign key moved out of its CREATE TABLE).
type stmt struct {
	raw  *rawStmt
	part int // 0 for the statement as written, 1... for split-off parts
	kind string
	sql  string
	node *pg_query.Node // the tree applied to the catalog (modified when split)
	// encoded is node encoded, held instead of it once the statement is read
	// (see trees.go): tree decodes it.
	encoded []byte

	provides []ref
	requires []ref
	// referenced are the requires of its foreign keys: the referenced table
	// and key need to exist, but what else the table has does not change the
	// statement's result (see Deps.Uses).
	referenced []ref
	// attached are the partitions an ALTER TABLE ... ATTACH PARTITION changes
	// besides its table (see changes).
	attached []ref

	// opaque marks a statement the grammar does not read (node is nil): loaded as
	// written, never applied to the catalog (see opaque.go).
	opaque bool
	// whole marks a statement about an object of the kinds compared as a whole (or
	// its comment, owner or grants): ordered only, never applied to the catalog
	// (see wholeobjects.go).
	whole bool
	// replaces marks the CREATE OR REPLACE VIEW that defines a placeholder view
	// pg_dump wrote to break a cycle (see dumpfile.go).
	replaces bool

	// calls are the numbers of arguments of the function calls the statement makes,
	// by function name; anyArity when it cannot tell (a VARIADIC call).
	calls map[model.QName][]int
	// arity is the range of argument counts a CREATE FUNCTION accepts (see
	// overloadAccepts); nil for other statements.
	arity *arity
}

func (s *stmt) source() model.Source { return s.raw.file.source(s.raw.start) }

func (s *stmt) provide(kind refKind, name model.QName, sub string) {
	s.provides = append(s.provides, ref{kind, name, sub})
}

func (s *stmt) require(kind refKind, name model.QName, sub string) {
	s.requires = append(s.requires, ref{kind, name, sub})
}

// requireSchema records the need for the schema of name; public always exists.
func (s *stmt) requireSchema(schema string) {
	if schema != "public" && schema != "pg_catalog" {
		s.require(refSchema, model.QName{Name: schema}, "")
	}
}

// errorAt reports a problem at a location inside the statement's tree.
func (s *stmt) errorAt(loc int32, format string, args ...any) *Error {
	return s.raw.file.errorAt(s.raw.offset(loc), format, args...)
}

// original wraps the statement as written.
func original(r *rawStmt, kind string) *stmt {
	return &stmt{raw: r, kind: kind, sql: r.text(), node: r.node}
}

// deparse renders a single statement tree back to SQL.
func deparse(n *pg_query.Node) (string, error) {
	sql, _, err := deparseEncoded(n)
	return sql, err
}

// deparseEncoded renders a single statement tree back to SQL, and returns
// the tree encoded too (see trees.go): pg_query deparses the encoded tree,
// so one encoding serves both.
func deparseEncoded(n *pg_query.Node) (sql string, encoded []byte, err error) {
	if encoded, err = proto.Marshal(n); err != nil {
		return "", nil, err
	}
	// A ParseResult (stmts, field 2) of one RawStmt (stmt, field 1).
	raw := protowire.AppendBytes(protowire.AppendTag(nil, 1, protowire.BytesType), encoded)
	result := protowire.AppendBytes(protowire.AppendTag(nil, 2, protowire.BytesType), raw)
	sql, err = pgparser.DeparseFromProtobuf(result)
	return sql, encoded, err
}

// clone deep-copies a tree, so splitting a statement never changes the original.
func clone[T proto.Message](m T) T { return proto.Clone(m).(T) }
