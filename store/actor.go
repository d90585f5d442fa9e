package store

import "context"

// Actor is who is doing what a context carries out: the account logged in
// to the SSH hall and the address it came from. A context without an Actor
// is someone at the station PC itself (the audit shows "at this PC").
type Actor struct {
	Account string // account name; "" at the station PC
	Remote  string // network address of the session; "" at the station PC
}

type actorKey struct{}

// WithActor returns ctx carrying a, so that every audited change made with
// it names the account.
func WithActor(ctx context.Context, a Actor) context.Context {
	return context.WithValue(ctx, actorKey{}, a)
}

// ActorFrom returns the Actor ctx carries, and false when there is none.
func ActorFrom(ctx context.Context) (Actor, bool) {
	a, ok := ctx.Value(actorKey{}).(Actor)
	return a, ok
}
