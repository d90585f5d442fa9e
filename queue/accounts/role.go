package accounts

import "fmt"

// Role is what an account may do in the hall.
type Role string

// The roles. A kiosk issues tickets, a board shows calls, a clerk serves
// at a counter, an admin configures the station and reads the audit, a
// rating screen collects citizens' satisfaction.
const (
	RoleKiosk  Role = "kiosk"
	RoleBoard  Role = "board"
	RoleClerk  Role = "clerk"
	RoleAdmin  Role = "admin"
	RoleRating Role = "rating"
)

// Roles lists every role, in the order the CLI shows them.
func Roles() []Role { return []Role{RoleKiosk, RoleBoard, RoleClerk, RoleAdmin, RoleRating} }

// Valid reports whether r is one of the roles.
func (r Role) Valid() bool {
	for _, x := range Roles() {
		if r == x {
			return true
		}
	}
	return false
}

// ParseRole reads a role name as typed on the command line.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !r.Valid() {
		return "", fmt.Errorf("role %q: %w", s, ErrInvalidRole)
	}
	return r, nil
}
