package counter

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/intake"
)

// stuckPrinter is a counter printer holding jobs it could not print; its
// printer comes back when fixed is set.
type stuckPrinter struct {
	mu      sync.Mutex
	waiting int
	fixed   bool
}

func (p *stuckPrinter) PrintReceipt(context.Context, intake.Dossier) error { return nil }
func (p *stuckPrinter) PrintSupplement(context.Context, intake.Dossier, []string, string) error {
	return nil
}
func (p *stuckPrinter) PrintRefusal(context.Context, intake.Dossier, string) error { return nil }
func (p *stuckPrinter) PrintApology(context.Context, intake.Dossier, string, time.Time) error {
	return nil
}

func (p *stuckPrinter) Pending() (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.waiting, nil
}

func (p *stuckPrinter) Retry(context.Context) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.fixed {
		return 0, errors.New("printer off")
	}
	n := p.waiting
	p.waiting = 0
	return n, nil
}

func TestWaitingPrintsAreShownAndSentAgain(t *testing.T) {
	st, _ := newStation(t)
	p := &stuckPrinter{waiting: 2}
	d := newDriverWith(t, Options{Station: st, Number: 1, Lang: i18n.VI, Standalone: true, Forms: p})
	d.Until("pending counted", func(m Model) bool { return m.pending == 2 })
	if s := screenText(d); !strings.Contains(s, "chưa in được 2 giấy tờ") || !strings.Contains(s, "i in lại bản chờ") {
		t.Fatalf("the waiting prints are not shown:\n%s", s)
	}
	d.Press("i")
	d.idle()
	if s := screenText(d); !strings.Contains(s, "vẫn chưa in được") {
		t.Fatalf("a failed retry is not explained:\n%s", s)
	}
	p.mu.Lock()
	p.fixed = true
	p.mu.Unlock()
	d.Press("i")
	d.idle()
	if s := screenText(d); !strings.Contains(s, "Đã in lại 2 giấy tờ") {
		t.Fatalf("the retry is not reported:\n%s", s)
	}
	// The next change of the station recounts: nothing waits any more.
	if _, err := st.Issue(context.Background(), "hotich", ""); err != nil {
		t.Fatal(err)
	}
	d.Until("pending recounted", func(m Model) bool { return m.pending == 0 })
}
