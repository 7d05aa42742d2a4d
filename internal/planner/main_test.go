package planner

import (
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
