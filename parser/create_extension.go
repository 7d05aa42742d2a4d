package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

func analyseCreateExtension(r *rawStmt, n *pg_query.CreateExtensionStmt) ([]*stmt, error) {
	s := original(r, kindCreateExtension)
	s.provide(refExtension, model.QName{Name: n.Extname}, "")
	if schema := extensionOption(n, "schema"); schema != "" {
		s.requireSchema(schema)
	}
	return []*stmt{s}, nil
}

// extensionOption returns the string value of WITH SCHEMA / VERSION.
func extensionOption(n *pg_query.CreateExtensionStmt, name string) string {
	for _, o := range n.Options {
		if d := o.GetDefElem(); d != nil && d.Defname == name {
			if v := d.Arg.GetString_(); v != nil {
				return v.Sval
			}
		}
	}
	return ""
}

func (b *builder) applyCreateExtension(s *stmt, n *pg_query.CreateExtensionStmt) error {
	if old, ok := b.cat.Extensions[n.Extname]; ok {
		if n.IfNotExists {
			return nil
		}
		return b.duplicate(s, -1, "extension "+model.QuoteIdent(n.Extname), old.Source)
	}
	b.cat.Extensions[n.Extname] = &model.Extension{
		Name: n.Extname,
		// Without WITH SCHEMA the objects land in the first schema of search_path.
		Schema:  orDefault(extensionOption(n, "schema"), defaultSchema),
		Version: extensionOption(n, "new_version"),
		Source:  s.source(),
	}
	return nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
