package schema

import (
	"github.com/jackc/pgx/v5"
)

// unsupportedQuery finds the user objects of kinds pgshape does not manage, so that
// they are reported by name rather than silently taken as in sync: conversions and
// subscriptions (which connect to another server when created). Extensions' objects, and the
// ones made for them, are left out (see extmembers.go).
var unsupportedQuery = `
SELECT kind, name FROM (
	SELECT 'conversion' AS kind, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.conname) AS name, c.oid, 'pg_conversion' AS cat
	FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'subscription', pg_catalog.quote_ident(s.subname), s.oid, 'pg_subscription' FROM pg_catalog.pg_subscription s
	WHERE ` + subscriptionOfThisDatabase + `
) x
WHERE ` + notExtensionObjectOf("('pg_catalog.' || x.cat)::pg_catalog.regclass", "x.oid") + `
ORDER BY kind, name`

// subscriptionOfThisDatabase restricts pg_subscription, aliased s, to this
// database's subscriptions; subscriptionsHere is its presence condition.
const subscriptionOfThisDatabase = `s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())`

var subscriptionsHere = `EXISTS (SELECT FROM pg_catalog.pg_subscription s WHERE ` + subscriptionOfThisDatabase + `)`

func (in *inspector) readUnsupported(rows pgx.Rows) error {
	var kind, name string
	_, err := pgx.ForEachRow(rows, []any{&kind, &name}, func() error {
		in.cat.Unsupported = append(in.cat.Unsupported, kind+" "+name)
		return nil
	})
	return err
}
