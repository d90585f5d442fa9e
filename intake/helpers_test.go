package intake_test

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/assets"
	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/store"
)

// monday0900 is a Monday morning in the commune's time zone, outside any
// holiday.
var monday0900 = time.Date(2026, 10, 19, 9, 0, 0, 0, store.Local)

// local is a shorthand for a local time.
func local(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, store.Local)
}

// newDesk opens a fresh demo station (queue seeded, demo catalog) on a
// temporary file with a manual clock.
func newDesk(t testing.TB) (*intake.Desk, *store.ManualClock) {
	t.Helper()
	return newDeskIn(t, t.TempDir(), monday0900)
}

func newDeskIn(t testing.TB, dir string, at time.Time) (*intake.Desk, *store.ManualClock) {
	t.Helper()
	ctx := context.Background()
	clock := store.NewManualClock(at)
	db, err := store.Open(ctx, filepath.Join(dir, "station.db"), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	commune, err := assets.DemoCommune()
	if err != nil {
		t.Fatal(err)
	}
	if err := queue.NewStation(db).Seed(ctx, commune); err != nil {
		t.Fatal(err)
	}
	if _, err := intake.SeedCatalog(ctx, db); err != nil {
		t.Fatal(err)
	}
	return intake.NewDesk(db), clock
}

// citizen is a valid applicant: born 1990 in Hà Nội, male.
func citizen() intake.Citizen {
	return intake.Citizen{
		Name: "Nguyễn Văn An", IDNumber: "001090012345", BirthDate: local(1990, 8, 15, 0, 0),
		Gender: "Nam", Phone: "0912 345 678", Address: "Thôn 3, xã Tân Hòa",
	}
}

// form is a valid intake for a procedure of the demo catalog.
func form(key, procedure string) intake.Intake {
	return intake.Intake{
		Key: key, Citizen: citizen(), Procedure: procedure,
		Documents: []intake.ReceivedDocument{
			{Name: "Tờ khai đăng ký khai sinh", Kind: intake.Original, Count: 1},
			{Name: "Giấy chứng sinh", Kind: intake.Original, Count: 1},
		},
		Sets: 1, Return: intake.AtCounter, Counter: 1, Clerk: "Nguyễn Thị Lan",
	}
}

// Demo catalog procedures used by the tests.
const (
	birthReg    = "1.001193" // khai sinh: same day
	maritalCert = "1.004873" // xác nhận tình trạng hôn nhân: 3 working days
	landMediate = "1.012812" // hòa giải tranh chấp đất đai: 30 calendar days
)

// must(f())(t) returns f's value, failing the test on f's error.
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// asFieldError is errors.As for *intake.FieldError.
func asFieldError(err error, target **intake.FieldError) bool { return errors.As(err, target) }

// importCase is a file an import must refuse, and the Vietnamese
// sentences its refusal must contain.
type importCase struct {
	name, format, body string
	want               []string
}

// checkImportErrors feeds each case to ingest and checks the refusal: an
// import error, every expected sentence in Vietnamese, and an English
// message of its own.
func checkImportErrors(t *testing.T, cases []importCase, ingest func(r io.Reader, format string) error) {
	t.Helper()
	for _, c := range cases {
		err := ingest(strings.NewReader(c.body), c.format)
		if !errors.Is(err, intake.ErrImport) {
			t.Errorf("%s: err = %v, want an import error", c.name, err)
			continue
		}
		msg := intake.Message(i18n.VI, err)
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: message\n%s\nlacks %q", c.name, msg, w)
			}
		}
		if en := intake.Message(i18n.EN, err); en == msg || strings.Contains(en, "!intake") {
			t.Errorf("%s: English message missing: %s", c.name, en)
		}
	}
}
