package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// triggersQuery reads the triggers of every reported table, user constraint triggers
// included. Internal triggers (those that implement foreign keys) are left out, and
// so are the clones a partition gets of its parent's triggers (tgparentid), which the
// parent's declaration makes. Triggers on views (INSTEAD OF) go to their view.
var triggersQuery = `
SELECT tg.oid, tg.tgrelid, tg.tgname, pg_catalog.pg_get_triggerdef(tg.oid, false), tg.tgenabled::text,
	coalesce(d.description, '')
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
` + description("pg_trigger", "tg.oid") + `
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND c.relkind IN ('r', 'p', 'v') AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_class", "c.oid")

func (in *inspector) readTriggers(rows pgx.Rows) error {
	var (
		oid, rel uint32
		tg       model.Trigger
	)
	scans := []any{&oid, &rel, &tg.Name, &tg.Definition, &tg.Enabled, &tg.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		trig := tg
		var on model.QName
		switch {
		case in.tables[rel] != nil:
			t := in.tables[rel]
			t.Triggers, on = append(t.Triggers, &trig), t.Name
		case in.views[rel] != nil:
			v := in.views[rel]
			v.Triggers, on = append(v.Triggers, &trig), v.Name
		default:
			return nil
		}
		in.addObject("pg_trigger", oid, model.ObjectID{Kind: model.KindTrigger, Name: on, Member: trig.Name})
		return nil
	})
	return err
}
