package planner

import (
	"context"
	"errors"
	"sync"
)

// concurrently runs the functions at the same time and returns the error of the
// first one in argument order that failed, or nil. The first failure cancels the
// context the others run with: there is no point finishing their work.
func concurrently(ctx context.Context, fns ...func(context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if errs[i] = fn(ctx); errs[i] != nil {
				cancel()
			}
		}()
	}
	wg.Wait()
	// A function that failed because another cancelled it reports the cancellation;
	// the first real failure is the one that matters.
	var first error
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
		if first == nil {
			first = err
		}
	}
	return first
}
