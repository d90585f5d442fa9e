package forms

import (
	"context"

	"motcua/receipts"
	"motcua/tui/common"
)

var _ common.PrintQueue = Printer{}

// Pending is how many forms wait for the printer; 0 for a printer that
// keeps none (a spool folder never fails that way).
func (p Printer) Pending() (int, error) {
	r, ok := p.Printer.(receipts.Retrier)
	if !ok {
		return 0, nil
	}
	jobs, err := r.Pending()
	return len(jobs), err
}

// Retry prints the waiting forms again, oldest first.
func (p Printer) Retry(ctx context.Context) (int, error) {
	r, ok := p.Printer.(receipts.Retrier)
	if !ok {
		return 0, nil
	}
	return r.Retry(ctx)
}
