package shadow

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/schema"
)

// emptyCatalogs holds the catalog of an empty scratch database by server and
// reader options (emptyKey): every scratch database is a copy of template0,
// which cannot change, so one read serves a process for the server's life.
var emptyCatalogs sync.Map

type emptyKey struct {
	admin   string // the server, and the role that reads
	version int
	options string // schema.Options, printed
}

// EmptyCatalog returns the catalog of an empty scratch database as so reads
// it: what every state on this server starts from (the public schema as
// PostgreSQL creates it). It is read once per process and server; the caller
// may change the copy it gets.
func (s *Server) EmptyCatalog(ctx context.Context, so schema.Options) (*model.Catalog, error) {
	key := emptyKey{admin: s.admin, version: s.version, options: fmt.Sprintf("%+v", so)}
	if c, ok := emptyCatalogs.Load(key); ok {
		return c.(*model.Catalog).Clone(), nil
	}
	var c *model.Catalog
	err := s.InDatabase(ctx, "base", func(conn *pgx.Conn) (err error) {
		c, err = schema.Inspect(ctx, conn, so)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("inspect an empty database on %s: %w", s.Description, err)
	}
	emptyCatalogs.Store(key, c)
	return c.Clone(), nil
}
