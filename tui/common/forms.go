package common

import (
	"context"
	"time"

	"motcua/intake"
)

// FormPrinter prints a dossier's legal forms of Circular 03/2025/TT-VPCP.
// Screens call it after the desk recorded the act; tui/forms implements
// it on the counter's printer. A nil FormPrinter means the counter prints
// nothing (the screen says so).
type FormPrinter interface {
	// PrintReceipt prints Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết
	// quả), both copies; also used to reprint it.
	PrintReceipt(ctx context.Context, d intake.Dossier) error
	// PrintSupplement prints Mẫu 02 for what is missing and why.
	PrintSupplement(ctx context.Context, d intake.Dossier, missing []string, reason string) error
	// PrintRefusal prints Mẫu 03 with the reason.
	PrintRefusal(ctx context.Context, d intake.Dossier, reason string) error
	// PrintApology prints Mẫu 04: d.DueAt is already the new appointment,
	// oldDue the one that will be missed.
	PrintApology(ctx context.Context, d intake.Dossier, reason string, oldDue time.Time) error
}

// PrintQueue is a printer that keeps the jobs it could not print (the
// printer was off, out of paper) so the counter can send them again.
// tui/forms implements it when the counter's printer has a retry spool.
type PrintQueue interface {
	// Pending is how many jobs wait.
	Pending() (int, error)
	// Retry sends the waiting jobs in order, stopping at the first that
	// fails; it returns how many went out.
	Retry(ctx context.Context) (int, error)
}
