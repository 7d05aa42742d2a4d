package planner

import (
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

func TestMain(m *testing.M) {
	// Every plan the tests make checks that rebuilding the desired state's
	// changed objects gives what rebuilding all of it gives.
	checkNormalizeChanged = true
	pgtest.Main(m)
}
