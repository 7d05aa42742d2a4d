package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// triggersQuery reads the triggers of every reported table, user constraint triggers
// included. Internal triggers (those that implement foreign keys) are left out, and
// so are the clones a partition gets of its parent's triggers (tgparentid), which the
// parent's declaration makes. Triggers on views (INSTEAD OF) are not read: the model
// has no place for them yet.
var triggersQuery = `
SELECT tg.oid, tg.tgrelid, tg.tgname, pg_catalog.pg_get_triggerdef(tg.oid, false), tg.tgenabled::text,
	coalesce(d.description, '')
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
` + description("pg_trigger", "tg.oid") + `
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND ` + userTable

func (in *inspector) readTriggers(rows pgx.Rows) error {
	var (
		oid, rel uint32
		tg       model.Trigger
	)
	scans := []any{&oid, &rel, &tg.Name, &tg.Definition, &tg.Enabled, &tg.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil {
			return nil
		}
		trig := tg
		t.Triggers = append(t.Triggers, &trig)
		in.addObject("pg_trigger", oid, model.ObjectID{Kind: model.KindTrigger, Name: t.Name, Member: trig.Name})
		return nil
	})
	return err
}
