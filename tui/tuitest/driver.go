package tuitest

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Update is a model's Update as a function of the model.
type Update[M any] func(M, tea.Msg) (M, tea.Cmd)

// Concrete adapts an Update that returns tea.Model, as a tea.Model's
// must, to one that returns the model's own type.
func Concrete[M any](update func(M, tea.Msg) (tea.Model, tea.Cmd)) Update[M] {
	return func(m M, msg tea.Msg) (M, tea.Cmd) {
		next, cmd := update(m, msg)
		return next.(M), cmd
	}
}

// Driver runs a model as its host would, in the test's goroutine. The
// model lives in the test's own variable (the driver holds a pointer), so
// a test reads and sets its fields directly.
//
// An asynchronous driver (Async) runs commands in goroutines and feeds
// their messages back when the test waits (Until, Settle); a synchronous
// one (Sync) runs each command at once and feeds its message back before
// Send returns, which suits models whose timers and watches a test has
// switched off.
type Driver[M any] struct {
	t      *testing.T
	m      *M
	update Update[M]
	msgs   chan tea.Msg // nil when synchronous

	// Intercept sees every message before the model does, as the host
	// would (GoBackMsg, QuitMsg, a screen's result messages); it returns
	// true if the message stops there.
	Intercept func(tea.Msg) bool
	// Describe says what the model shows, for a failure of Until.
	Describe func() string
}

// Async is a driver whose commands run in the background.
func Async[M any](t *testing.T, m *M, update Update[M]) *Driver[M] {
	return &Driver[M]{t: t, m: m, update: update, msgs: make(chan tea.Msg, 4096)}
}

// Sync is a driver whose commands run at once, in the test's goroutine.
func Sync[M any](t *testing.T, m *M, update Update[M]) *Driver[M] {
	return &Driver[M]{t: t, m: m, update: update}
}

// Test is the test the driver runs in.
func (d *Driver[M]) Test() *testing.T { return d.t }

// Run starts a command: at once if the driver is synchronous, else in
// the background, its message waiting for Until or Settle.
func (d *Driver[M]) Run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	if d.msgs == nil {
		d.Send(cmd())
		return
	}
	go func() { d.msgs <- cmd() }()
}

// Send gives the model one message (unless Intercept stops it) and runs
// its command.
func (d *Driver[M]) Send(msg tea.Msg) {
	d.t.Helper()
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
		return
	}
	if d.Intercept != nil && d.Intercept(msg) {
		return
	}
	m, cmd := d.update(*d.m, msg)
	*d.m = m
	d.Run(cmd)
}

// Press sends keys by name (see Key), one message each, without waiting
// in between.
func (d *Driver[M]) Press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.Send(Key(k))
	}
}

// Type types text a rune at a time, as a keyboard or a scanner does; a
// newline is Enter.
func (d *Driver[M]) Type(s string) {
	d.t.Helper()
	for _, r := range s {
		if r == '\n' {
			d.Send(Key("enter"))
			continue
		}
		d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// Until feeds the background commands' messages to the model until cond
// holds, failing the test after ten seconds.
func (d *Driver[M]) Until(what string, cond func(M) bool) {
	d.t.Helper()
	deadline := time.After(10 * time.Second)
	for !cond(*d.m) {
		select {
		case msg := <-d.msgs:
			d.Send(msg)
		case <-deadline:
			state := ""
			if d.Describe != nil {
				state = "; " + d.Describe()
			}
			d.t.Fatalf("timed out waiting for %s%s", what, state)
		}
	}
}

// Settle feeds the messages that arrive within a short while (150 ms).
func (d *Driver[M]) Settle() {
	d.t.Helper()
	deadline := time.After(150 * time.Millisecond)
	for {
		select {
		case msg := <-d.msgs:
			d.Send(msg)
		case <-deadline:
			return
		}
	}
}
