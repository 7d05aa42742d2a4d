package pgshape

import (
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/shadow"
)

// Errors Plan's errors match with errors.Is. Their messages say more: which
// server, which objects.
var (
	// ErrScratchUnavailable: no server to create scratch databases on. The one
	// given (WithScratch) cannot be reached or its role may not create
	// databases, or an embedded server cannot start (no PostgreSQL installed).
	ErrScratchUnavailable = shadow.ErrUnavailable
	// ErrNotConverged: the plan, rehearsed on a copy of the current state, did
	// not produce the desired state; the error lists what still differs.
	ErrNotConverged = planner.ErrNotConverged
)
