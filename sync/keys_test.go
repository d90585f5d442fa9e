package sync

import (
	"crypto/ed25519"
	"strings"
	"testing"
)

func TestStationKeyTextRoundTrip(t *testing.T) {
	k, err := NewStationKey()
	if err != nil {
		t.Fatal(err)
	}
	text := FormatStationKey(k)
	back, err := ParseStationKey(text + "\n")
	if err != nil || !back.Equal(k) {
		t.Fatalf("ParseStationKey(%q) = %v", text, err)
	}
	pub := k.Public().(ed25519.PublicKey)
	ptext := FormatStationPublicKey(pub)
	pback, err := ParseStationPublicKey(ptext)
	if err != nil || !pback.Equal(pub) {
		t.Fatalf("ParseStationPublicKey(%q) = %v", ptext, err)
	}
	other, _ := NewStationKey()
	if other.Equal(k) {
		t.Fatal("two new station keys are equal")
	}
}

func TestStationKeyTextRefusals(t *testing.T) {
	k, _ := NewStationKey()
	priv, pub := FormatStationKey(k), FormatStationPublicKey(k.Public().(ed25519.PublicKey))
	for _, s := range []string{"", pub, priv[:len(priv)-4], strings.Replace(priv, "motcua", "motcuA", 1), priv + "!!"} {
		if _, err := ParseStationKey(s); err == nil {
			t.Errorf("ParseStationKey(%q) accepted", s)
		}
	}
	for _, s := range []string{"", priv, pub[:len(pub)-4]} {
		if _, err := ParseStationPublicKey(s); err == nil {
			t.Errorf("ParseStationPublicKey(%q) accepted", s)
		}
	}
}
