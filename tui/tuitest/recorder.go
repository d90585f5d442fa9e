package tuitest

import (
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Recorder wraps a model for a teatest program and keeps its latest
// state, so a test waits for a state instead of reading terminal bytes.
// The program's final model is a Recorder too: its Model field is the
// screen's.
type Recorder[M tea.Model] struct {
	Model M
	last  *atomic.Pointer[M]
}

// Record wraps m.
func Record[M tea.Model](m M) Recorder[M] {
	r := Recorder[M]{Model: m, last: &atomic.Pointer[M]{}}
	r.last.Store(&m)
	return r
}

// Init is the model's.
func (r Recorder[M]) Init() tea.Cmd { return r.Model.Init() }

// View is the model's.
func (r Recorder[M]) View() tea.View { return r.Model.View() }

// Update updates the model and records it.
func (r Recorder[M]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := r.Model.Update(msg)
	m := next.(M)
	r.last.Store(&m)
	return Recorder[M]{Model: m, last: r.last}, cmd
}

// Last is the latest model the program has.
func (r Recorder[M]) Last() M { return *r.last.Load() }

// WaitFor polls the latest model until cond holds and returns it,
// failing the test after d.
func (r Recorder[M]) WaitFor(t testing.TB, d time.Duration, what string, cond func(M) bool) M {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		m := r.Last()
		if cond(m) {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s did not happen", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
