package hall

import (
	"bytes"
	"context"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
)

// evil is text a person could type to take over other terminals: a new
// window title, then the cursor sent up and to a far corner.
const evil = "\x1b]0;evil\x07\x1b[77A\x1b[88;88H"

// injected are the sequences of evil; none may reach another terminal.
var injected = [][]byte{[]byte("\x1b]0;evil"), []byte("]0;evil"), []byte("\x1b[77A"), []byte("\x1b[88;88H")}

func TestNamesWithEscapesAreShownHarmlessly(t *testing.T) {
	h := startHall(t, nil)
	h.add("an", accounts.RoleClerk, 0)
	h.add("tv", accounts.RoleBoard, 0)
	// A clerk name typed at this PC (motcua counter --clerk ...).
	if err := h.st.OpenCounter(context.Background(), 2, "Lan"+evil+"Anh"); err != nil {
		t.Fatal(err)
	}
	board := h.open("tv", "", false)
	picker := h.open("an", "", false)
	picker.waitFor("LanAnh", 5*time.Second)
	// An attacker logs in with the sequences as the user name.
	if c, err := h.dial("x"+evil, gossh.Password("x")); err == nil {
		c.Close()
		t.Fatal("the attacker logged in")
	}
	// A request made of the sequences is answered without them.
	asked := h.open("tv", "board"+evil, false)
	if _, ok := asked.ended(5 * time.Second); !ok {
		t.Fatal("an unknown request was not refused")
	}
	picker.press("2") // the counter screen shows the clerk in its header
	picker.waitFor("Quầy số 2", 5*time.Second)
	board.waitFor("Quầy 2", 5*time.Second)
	time.Sleep(300 * time.Millisecond)
	for name, raw := range map[string][]byte{"picker and counter": picker.term.Raw(), "board": board.term.Raw(),
		"refused request": asked.term.Raw()} {
		for _, seq := range injected {
			if name == "refused request" && seq[0] != 0x1b {
				continue // the request is quoted back as harmless text
			}
			if bytes.Contains(raw, seq) {
				t.Errorf("the %s output contains %q", name, seq)
			}
		}
	}
	if bytes.ContainsRune(h.log.Raw(), 0x1b) {
		t.Errorf("the server log holds an escape: %q", h.log.Raw())
	}
}
