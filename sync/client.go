package sync

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Answer is the JSON body of every hub answer, errors included
// (docs/SYNC.md, "HTTPS API").
type Answer struct {
	Status     string `json:"status"`
	Batch      int64  `json:"batch,omitempty"`
	SHA256     string `json:"sha256,omitempty"`
	HubClockMS int64  `json:"hub_clock_ms"`
	Message    string `json:"message,omitempty"`
}

// Statuses of a 200 answer to a batch.
const (
	StatusStored          = "stored"
	StatusAlreadyReceived = "already_received"
	StatusEnrolled        = "enrolled"
)

// HTTP headers of the API.
const (
	HeaderHubClock       = "X-Hub-Clock"       // hub clock, Unix ms, on every answer
	HeaderStationBacklog = "X-Station-Backlog" // records waiting at the station
	HeaderStationClock   = "X-Station-Clock"   // station clock when sending, Unix ms
)

// Paths of the API.
const (
	PathEnroll  = "/v1/enroll"
	PathBatches = "/v1/batches"
)

// EnrollRequest is the body of POST /v1/enroll.
type EnrollRequest struct {
	Station   string `json:"station"`
	Secret    string `json:"secret"`
	PublicKey string `json:"public_key"` // motcua-station-pub:…
}

// ErrPinMismatch: the server's certificate is not the one pinned at
// enrollment (another machine, or someone in between).
var ErrPinMismatch = errors.New("hub certificate does not match the pinned fingerprint")

// Fingerprint is the pin of a certificate: lowercase hex SHA-256 of its DER.
func Fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	return hex.EncodeToString(sum[:])
}

// NormalizeFingerprint accepts a fingerprint with colons, spaces or capitals.
func NormalizeFingerprint(s string) string {
	return strings.ToLower(strings.NewReplacer(":", "", " ", "").Replace(strings.TrimSpace(s)))
}

// PinnedTLS trusts exactly the certificate with this fingerprint. The usual
// chain check is switched off (the hub's certificate is self-signed) only
// because VerifyPeerCertificate replaces it with the stricter pin check.
func PinnedTLS(fingerprint string) *tls.Config {
	want := NormalizeFingerprint(fingerprint)
	return &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true, // replaced by the pin check below
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if len(raw) == 0 || want == "" || Fingerprint(raw[0]) != want {
				return ErrPinMismatch
			}
			return nil
		},
	}
}

// Client talks to one hub over HTTPS with its certificate pinned.
type Client struct {
	URL  string // https://host:port, no trailing path
	HTTP *http.Client
}

// NewClient is a Client pinned to fingerprint. timeout bounds one request
// (a batch of 1,000 records is about 65 KB).
func NewClient(url, fingerprint string, timeout time.Duration) *Client {
	tr := &http.Transport{TLSClientConfig: PinnedTLS(fingerprint), ForceAttemptHTTP2: true,
		TLSHandshakeTimeout: 30 * time.Second, ResponseHeaderTimeout: timeout}
	return &Client{URL: strings.TrimRight(url, "/"), HTTP: &http.Client{Transport: tr, Timeout: timeout}}
}

// Reply is a hub's answer with its HTTP status.
type Reply struct {
	Code int
	Answer
	// HubClock is from X-Hub-Clock (or Date when absent); zero if neither.
	HubClock time.Time
	// Sent and Received are the station clock around the request, to
	// estimate the clock offset.
	Sent, Received time.Time
}

// Offset is station clock minus hub clock, taken at the middle of the
// request; ok is false when the answer carried no clock.
func (r Reply) Offset() (time.Duration, bool) {
	if r.HubClock.IsZero() {
		return 0, false
	}
	mid := r.Sent.Add(r.Received.Sub(r.Sent) / 2)
	return mid.Sub(r.HubClock).Truncate(time.Millisecond), true
}

// Enroll registers the station's public key with the hub.
func (c *Client) Enroll(ctx context.Context, now func() time.Time, station, secret string, pub ed25519.PublicKey) (Reply, error) {
	body, err := json.Marshal(EnrollRequest{Station: station, Secret: secret, PublicKey: FormatStationPublicKey(pub)})
	if err != nil {
		return Reply{}, fmt.Errorf("enroll: %w", err)
	}
	return c.post(ctx, now, PathEnroll, "application/json", body, nil)
}

// Send posts one sealed batch, with the station's backlog and clock.
func (c *Client) Send(ctx context.Context, now func() time.Time, batch []byte, backlog int64) (Reply, error) {
	h := map[string]string{HeaderStationBacklog: strconv.FormatInt(backlog, 10)}
	return c.post(ctx, now, PathBatches, "application/vnd.motcua.batch", batch, h)
}

func (c *Client) post(ctx context.Context, now func() time.Time, path, ctype string, body []byte, headers map[string]string) (Reply, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+path, bytes.NewReader(body))
	if err != nil {
		return Reply{}, fmt.Errorf("post %s: %w", path, err)
	}
	req.Header.Set("Content-Type", ctype)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	r := Reply{Sent: now()}
	req.Header.Set(HeaderStationClock, strconv.FormatInt(r.Sent.UnixMilli(), 10))
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return Reply{}, fmt.Errorf("post %s: %w", path, err)
	}
	defer resp.Body.Close()
	r.Received = now()
	r.Code = resp.StatusCode
	if ms, err := strconv.ParseInt(resp.Header.Get(HeaderHubClock), 10, 64); err == nil {
		r.HubClock = time.UnixMilli(ms)
	} else if t, err := http.ParseTime(resp.Header.Get("Date")); err == nil {
		r.HubClock = t
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return r, fmt.Errorf("post %s: read answer: %w", path, err)
	}
	// A proxy's HTML error page is not an Answer; the status code is
	// still meaningful.
	_ = json.Unmarshal(raw, &r.Answer)
	return r, nil
}

// ValidStationID reports whether id is a station ID the batch format takes.
func ValidStationID(id string) bool { return stationIDPattern.MatchString(id) }

// BatchFileName is the name of a batch on a USB stick: STATION-NNNNNN.mcb.
func BatchFileName(station string, number int64) string {
	return fmt.Sprintf("%s-%06d.mcb", station, number)
}
