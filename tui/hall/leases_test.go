package hall

import (
	"fmt"
	"sync"
	"testing"
)

func TestLeasesGiveACounterToOneSessionAtATime(t *testing.T) {
	ls := NewLeases()
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if _, ok := ls.Take(Lease{Counter: 3, Account: fmt.Sprint("c", i)}); ok {
				mu.Lock()
				won++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	if won != 1 {
		t.Fatalf("%d sessions hold counter 3", won)
	}
	l, _ := ls.Holder(3)
	release, ok := ls.Take(Lease{Counter: 4, Account: "x"})
	if !ok {
		t.Fatal("a free counter was refused")
	}
	release()
	release() // twice does nothing
	if _, ok := ls.Holder(4); ok {
		t.Fatal("a released counter is still held")
	}
	if got, _ := ls.Holder(3); got != l {
		t.Fatal("releasing counter 4 twice touched counter 3")
	}
}
