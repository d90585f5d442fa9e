package receipts

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"motcua/assets/i18n"
)

// The same slip gives the same bytes: the PDF carries the issue time, not
// the render time, and objects are written in a fixed order. (Reprints and
// golden comparisons depend on it.)
func TestRenderIsDeterministic(t *testing.T) {
	a := mustRender(t, sampleSlip(i18n.VI), Width80)
	b := mustRender(t, sampleSlip(i18n.VI), Width80)
	if !bytes.Equal(a, b) {
		t.Fatalf("two renders differ (%d vs %d bytes)", len(a), len(b))
	}
	other := sampleSlip(i18n.VI)
	other.Display = "C013"
	if bytes.Equal(a, mustRender(t, other, Width80)) {
		t.Fatal("a different number gave the same PDF")
	}
}

// Kiosks and counters render from many goroutines at once. Each render
// has its own fpdf document and its own copy of the font, so results are
// byte-identical to a lone render (run with -race to see the sharing).
func TestRenderConcurrently(t *testing.T) {
	slips := []TicketSlip{sampleSlip(i18n.VI), sampleSlip(i18n.EN)}
	slips[1].Display = "B007"
	want := [][]byte{mustRender(t, slips[0], Width80), mustRender(t, slips[1], Width58)}
	widths := []Width{Width80, Width58}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				k := (g + i) % 2
				got, err := RenderTicketPDF(slips[k], widths[k])
				if err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(got, want[k]) {
					errs <- fmt.Errorf("goroutine %d render %d differs from the lone render", g, i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
