package schema

import (
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// collationName is the schema-qualified SQL name of the collation whose oid is the
// given expression, as the columns query prints it ("pg_catalog.\"C\""), NULL when
// there is none. Scalar subqueries on the catalogs' oid indexes, no join: it runs once
// per attribute, where a join would hash a whole catalog each time.
func collationName(oid string) string {
	return `(SELECT pg_catalog.quote_ident((SELECT cn.nspname FROM pg_catalog.pg_namespace cn WHERE cn.oid = co.collnamespace))
		|| '.' || pg_catalog.quote_ident(co.collname) FROM pg_catalog.pg_collation co WHERE co.oid = ` + oid + `)`
}

// domainsQuery reads domains with their base type, NOT NULL, default, collation
// (only when it differs from the base type's, as for columns) and CHECK constraints,
// aggregated per domain. The default comes from typdefaultbin, printed now with
// search_path set to pg_catalog: typdefault is the text printed when the domain was
// made, under whatever search_path was set then.
var domainsQuery = `
SELECT t.oid, t.typarray, n.nspname, t.typname,
	pg_catalog.format_type(t.typbasetype, t.typtypmod), t.typnotnull,
	coalesce(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault, ''),
	coalesce(CASE WHEN t.typcollation <> bt.typcollation THEN ` + collationName("t.typcollation") + ` END, ''),
	coalesce((SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', con.oid::pg_catalog.int8, 'name', con.conname,
			'definition', pg_catalog.pg_get_constraintdef(con.oid),
			'comment', (SELECT cd.description FROM pg_catalog.pg_description cd
				WHERE cd.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
					AND cd.objoid = con.oid AND cd.objsubid = 0)))
		FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c'), '[]'),
	coalesce(d.description, ''), pg_catalog.pg_get_userbyid(t.typowner)::text
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
` + description("pg_type", "t.oid") + `
WHERE t.typtype = 'd' AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_type", "t.oid")

// domainConstraint is a CHECK constraint of a domain, as the domains query
// aggregates them.
type domainConstraint struct {
	OID        uint32  `json:"oid"`
	Name       string  `json:"name"`
	Definition string  `json:"definition"`
	Comment    *string `json:"comment"`
}

func (in *inspector) readDomains(rows pgx.Rows) error {
	var (
		oid, array  uint32
		d           model.Domain
		constraints []domainConstraint
	)
	scans := []any{&oid, &array, &d.Name.Schema, &d.Name.Name, &d.BaseType, &d.NotNull, &d.Default,
		&d.Collation, &constraints, &d.Comment, &d.Owner}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		dom := d
		dom.Constraints = nil
		id := model.ObjectID{Kind: model.KindType, Name: dom.Name}
		for _, c := range constraints {
			con := &model.Constraint{Name: c.Name, Kind: model.Check, Definition: c.Definition}
			if c.Comment != nil {
				con.Comment = *c.Comment
			}
			dom.Constraints = append(dom.Constraints, con)
			// A domain's constraint is part of the domain, in dependencies too.
			in.addObject("pg_constraint", c.OID, id)
		}
		sort.Slice(dom.Constraints, func(i, j int) bool { return dom.Constraints[i].Name < dom.Constraints[j].Name })
		in.addType(oid, array, id)
		in.cat.Domains[dom.Name] = &dom
		return nil
	})
	return err
}

// compositesQuery reads composite types made with CREATE TYPE ... AS (...), not the
// row types of tables and views, with their attributes in order. An attribute's
// collation is reported only when it differs from its type's; its comment (COMMENT ON
// COLUMN type.attribute) is on the type's pg_class row, objsubid the attribute number.
var compositesQuery = `
SELECT t.oid, t.typarray, t.typrelid, n.nspname, t.typname,
	coalesce((SELECT pg_catalog.json_agg(pg_catalog.json_build_object('Name', a.attname,
			'Type', pg_catalog.format_type(a.atttypid, a.atttypmod),
			'Collation', coalesce(CASE WHEN a.attcollation <> (SELECT at.typcollation FROM pg_catalog.pg_type at WHERE at.oid = a.atttypid)
				THEN ` + collationName("a.attcollation") + ` END, ''),
			'Comment', coalesce((SELECT ad.description FROM pg_catalog.pg_description ad
				WHERE ad.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
					AND ad.objoid = a.attrelid AND ad.objsubid = a.attnum), '')) ORDER BY a.attnum)
		FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '[]'),
	coalesce(d.description, ''), pg_catalog.pg_get_userbyid(t.typowner)::text
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
` + description("pg_type", "t.oid") + `
WHERE t.typtype = 'c' AND c.relkind = 'c' AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_type", "t.oid")

func (in *inspector) readComposites(rows pgx.Rows) error {
	var (
		oid, array, rel uint32
		c               model.CompositeType
		attributes      []model.Column
	)
	scans := []any{&oid, &array, &rel, &c.Name.Schema, &c.Name.Name, &attributes, &c.Comment, &c.Owner}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		comp := c
		comp.Attributes = nil
		for _, a := range attributes {
			attr := model.Column{Name: a.Name, Type: a.Type, Collation: a.Collation, Comment: a.Comment}
			comp.Attributes = append(comp.Attributes, &attr)
		}
		id := model.ObjectID{Kind: model.KindType, Name: comp.Name}
		in.addType(oid, array, id)
		// The attributes are the columns of a pg_class row of the type's own.
		in.addObject("pg_class", rel, id)
		in.cat.Composites[comp.Name] = &comp
		return nil
	})
	return err
}

// rangesQuery reads range types. The subtype's operator class is reported only when
// it is not the default one, and the collation only when it differs from the
// subtype's; the canonical and subtype_diff functions print as regproc does,
// qualified unless they are in pg_catalog, empty when unset. The multirange type's
// name is always reported, qualified, as format_type prints it; PostgreSQL 13 has no
// multiranges (rngmultitypid is 14's), and no name is reported.
func rangesQuery(version int) string {
	return `
SELECT t.oid, t.typarray, ` + since(version, 140000, "r.rngmultitypid", "0::pg_catalog.oid") + `, n.nspname, t.typname,
	pg_catalog.format_type(r.rngsubtype, NULL),
	CASE WHEN opc.opcdefault THEN '' ELSE pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname) END,
	coalesce(CASE WHEN r.rngcollation <> st.typcollation THEN ` + collationName("r.rngcollation") + ` END, ''),
	CASE WHEN r.rngcanonical = 0 THEN '' ELSE r.rngcanonical::pg_catalog.regproc::text END,
	CASE WHEN r.rngsubdiff = 0 THEN '' ELSE r.rngsubdiff::pg_catalog.regproc::text END,
	` + since(version, 140000, "coalesce(pg_catalog.format_type(NULLIF(r.rngmultitypid, 0), NULL), '')", "''") + `,
	coalesce(d.description, ''), pg_catalog.pg_get_userbyid(t.typowner)::text
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
` + description("pg_type", "t.oid") + `
WHERE ` + userNamespace + `
	AND ` + notExtensionMember("pg_type", "t.oid")
}

func (in *inspector) readRanges(rows pgx.Rows) error {
	var (
		oid, array, multi uint32
		r                 model.RangeType
	)
	scans := []any{&oid, &array, &multi, &r.Name.Schema, &r.Name.Name, &r.Subtype, &r.SubtypeOpClass,
		&r.Collation, &r.Canonical, &r.SubtypeDiff, &r.MultirangeName, &r.Comment, &r.Owner}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		rng := r
		id := model.ObjectID{Kind: model.KindType, Name: rng.Name}
		in.addType(oid, array, id)
		in.addType(multi, 0, id)
		in.cat.Ranges[rng.Name] = &rng
		return nil
	})
	return err
}
