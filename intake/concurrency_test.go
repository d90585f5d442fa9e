package intake_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"motcua/intake"
	"motcua/store"
)

func TestCountersSavingAtOnce(t *testing.T) {
	dir := t.TempDir()
	deskA, clock := newDeskIn(t, dir, monday0900)
	ctx := context.Background()
	dbB, err := store.Open(ctx, filepath.Join(dir, "station.db"), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dbB.Close() })
	deskB := intake.NewDesk(dbB)

	const perDesk = 12
	var wg sync.WaitGroup
	results := make(chan intake.Dossier, 2*perDesk)
	errs := make(chan error, 2*perDesk)
	for i := 0; i < perDesk; i++ {
		for j, desk := range []*intake.Desk{deskA, deskB} {
			wg.Add(1)
			go func(desk *intake.Desk, key string, counter int) {
				defer wg.Done()
				in := form(key, birthReg)
				in.Counter = counter
				d, err := desk.Receive(ctx, in)
				if err != nil {
					errs <- err
					return
				}
				results <- d
			}(desk, fmt.Sprintf("form-%d-%d", j, i), j+1)
		}
	}
	wg.Wait()
	close(results)
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var seqs, bookNos []int
	lookups := map[string]bool{}
	codes := map[string]bool{}
	for d := range results {
		seqs, bookNos = append(seqs, d.Seq), append(bookNos, d.BookNo)
		lookups[d.Lookup], codes[d.Code] = true, true
	}
	sort.Ints(seqs)
	sort.Ints(bookNos)
	for i := range seqs {
		if seqs[i] != i+1 || bookNos[i] != i+1 {
			t.Fatalf("numbers not 1..%d without gaps: seqs %v, register %v", 2*perDesk, seqs, bookNos)
		}
	}
	if len(lookups) != 2*perDesk || len(codes) != 2*perDesk {
		t.Fatalf("%d lookups, %d codes for %d dossiers", len(lookups), len(codes), 2*perDesk)
	}
}

func TestSameKeyFromTwoGoroutinesMakesOneDossier(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	ids := make([]string, 8)
	for i := range ids {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d, err := desk.Receive(ctx, form("pressed-enter-fast", birthReg))
			if err != nil {
				t.Error(err)
				return
			}
			ids[i] = d.ID
		}(i)
	}
	wg.Wait()
	for _, id := range ids {
		if id != ids[0] {
			t.Fatalf("different dossiers for one form: %v", ids)
		}
	}
	if n := len(must(desk.Register(ctx, 2026))(t)); n != 1 {
		t.Fatalf("%d dossiers in the register", n)
	}
}
