package schema

import (
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// viewsQuery reads views and materialized views with their query, as
// pg_get_viewdef(oid, true) prints it, options and comments, and whether a
// materialized view is unpopulated (model.View.NoData). The output columns and
// their comments come from scalar subqueries on pg_attribute and pg_description, one
// index lookup each per view: a join there would turn, with enable_nestloop off, into
// a hash over the whole catalog for every view.
var viewsQuery = `
SELECT c.oid, n.nspname, c.relname, c.relkind = 'm',
	pg_catalog.pg_get_viewdef(c.oid, true),
	coalesce(c.reloptions, '{}'),
	coalesce((SELECT pg_catalog.json_agg(pg_catalog.json_build_object('num', a.attnum, 'name', a.attname,
			'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
			'comment', (SELECT cd.description FROM pg_catalog.pg_description cd
				WHERE cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
					AND cd.objoid = a.attrelid AND cd.objsubid = a.attnum)) ORDER BY a.attnum)
		FROM pg_catalog.pg_attribute a
		WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'),
	coalesce(d.description, ''), c.reltype, pg_catalog.pg_get_userbyid(c.relowner)::text,
	c.relkind = 'm' AND NOT c.relispopulated
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
` + description("pg_class", "c.oid") + `
WHERE c.relkind IN ('v', 'm') AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_class", "c.oid")

// viewColumn is an output column of a view, as the views query aggregates them.
type viewColumn struct {
	Num     int16   `json:"num"`
	Name    string  `json:"name"`
	Type    string  `json:"type"`
	Comment *string `json:"comment"`
}

// view is a reported view with its column names by attnum, for dependencies.
type view struct {
	*model.View
	columns map[int16]string
}

func (in *inspector) readViews(rows pgx.Rows) error {
	var (
		oid     uint32
		rowType uint32
		v       model.View
		columns []viewColumn
	)
	scans := []any{&oid, &v.Name.Schema, &v.Name.Name, &v.Materialized, &v.Query, &v.Options, &columns, &v.Comment, &rowType, &v.Owner, &v.NoData}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		vw := v
		vw.Options = sortedOptions(v.Options)
		vw.Columns, vw.ColumnTypes = nil, nil
		byNum := map[int16]string{}
		for _, c := range columns {
			vw.Columns = append(vw.Columns, c.Name)
			vw.ColumnTypes = append(vw.ColumnTypes, c.Type)
			byNum[c.Num] = c.Name
			if c.Comment != nil {
				if vw.ColumnComments == nil {
					vw.ColumnComments = map[string]string{}
				}
				vw.ColumnComments[c.Name] = *c.Comment
			}
		}
		in.views[oid] = &view{View: &vw, columns: byNum}
		id := model.ObjectID{Kind: model.KindView, Name: vw.Name}
		in.addObject("pg_class", oid, id)
		in.addObject("pg_type", rowType, id)
		in.cat.Views[vw.Name] = &vw
		return nil
	})
	return err
}

// sortedOptions returns reloptions ("name=value") in byte order, nil for none.
func sortedOptions(options []string) []string {
	if len(options) == 0 {
		return nil
	}
	out := append([]string(nil), options...)
	sort.Strings(out)
	return out
}
