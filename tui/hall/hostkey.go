package hall

import (
	"fmt"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// HostKeyFingerprint is the SHA256 fingerprint of the host key at path,
// as ssh shows it on the first connection: users compare the two.
func HostKeyFingerprint(path string) (string, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		return "", fmt.Errorf("host key %s: %w", path, err)
	}
	return gossh.FingerprintSHA256(signer.PublicKey()), nil
}
