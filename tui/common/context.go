package common

import "context"

// ActionContext is the context a screen's database work runs in: the one
// its host gave in the screen's Options (an SSH session's, carrying the
// logged-in account so the audit names it), or, at this PC, Background.
func ActionContext(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
