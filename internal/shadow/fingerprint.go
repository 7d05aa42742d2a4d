package shadow

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// fingerprintQuery reads what decides how a scratch database stores the
// objects a state's statements create, besides the statements: the server's
// exact version, the role that runs them (the owner of what they create),
// the encoding and locale scratch databases get from template0, the
// extensions CREATE EXTENSION installs by default, and the text search
// configuration a to_tsvector without one uses.
const fingerprintQuery = `
SELECT pg_catalog.concat_ws(E'\n',
	pg_catalog.current_setting('server_version_num'),
	current_user,
	pg_catalog.current_setting('server_encoding'),
	(SELECT datcollate || ' ' || datctype FROM pg_catalog.pg_database WHERE datname = 'template0'),
	pg_catalog.current_setting('default_text_search_config'),
	(SELECT pg_catalog.string_agg(name || ' ' || coalesce(default_version, ''), ',' ORDER BY name)
		FROM pg_catalog.pg_available_extensions))`

// Fingerprint names what, besides a state's statements, decides the catalog
// a scratch database on this server reads back after running them: states
// cached under a fingerprint are read back the same on any server with it.
// It is read once per Server.
func (s *Server) Fingerprint(ctx context.Context) (string, error) {
	s.fingerprintOnce.Do(func() {
		s.fingerprintErr = s.adminSQL.With(ctx, func(conn *pgx.Conn) error {
			return conn.QueryRow(ctx, fingerprintQuery).Scan(&s.fingerprint)
		})
		if s.fingerprintErr != nil {
			s.fingerprintErr = fmt.Errorf("read the settings of %s: %w", s.Description, s.fingerprintErr)
		}
	})
	return s.fingerprint, s.fingerprintErr
}
