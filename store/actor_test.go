package store_test

import (
	"context"
	"testing"

	"motcua/store"
)

func TestActorFrom(t *testing.T) {
	if _, ok := store.ActorFrom(context.Background()); ok {
		t.Fatal("a bare context has an actor")
	}
	a := store.Actor{Account: "admin", Remote: "[::1]:22"}
	got, ok := store.ActorFrom(store.WithActor(context.Background(), a))
	if !ok || got != a {
		t.Fatalf("ActorFrom = %+v, %v; want %+v", got, ok, a)
	}
}
