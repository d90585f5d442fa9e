package hub

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"strconv"
	gosync "sync"
	"time"

	"filippo.io/age"
	"golang.org/x/time/rate"

	"motcua/sync"
)

// ServerOptions tune NewServer; the zero value is what motcua hub serve uses.
type ServerOptions struct {
	// Limits bound a batch; sync.DefaultLimits when zero. The HTTP body
	// limit is Limits.MaxBatchBytes.
	Limits sync.Limits
	// Rate and Burst are each station's token bucket (requests per
	// second); 5 and 20 when zero.
	Rate  rate.Limit
	Burst int
	// Log receives conflicts and server errors; log.Default() when nil.
	Log *log.Logger
}

// Receiver checks and stores batches: the one path for HTTPS uploads and
// USB imports, so both refuse and dedupe alike.
type Receiver struct {
	Hub      *Hub
	Identity age.Identity
	Limits   sync.Limits
	Log      *log.Logger
}

// Receipt is the outcome of one batch: an HTTP status and the answer body.
type Receipt struct {
	Code    int
	Station string // as the manifest claims (empty when unreadable)
	Answer  sync.Answer
	Result  Result
}

// keys adapts Hub.StationKey to sync.KeyLookup: unknown or unregistered
// stations are "no key"; a disabled one is an error the caller maps to 403.
func (rc *Receiver) keys(ctx context.Context) sync.KeyLookup {
	return func(station string) (ed25519.PublicKey, error) {
		k, err := rc.Hub.StationKey(ctx, station)
		if errors.Is(err, ErrUnknownStation) || errors.Is(err, ErrNotRegistered) {
			return nil, nil
		}
		return k, err
	}
}

// Receive checks raw in the order of docs/SYNC.md (signature and hash
// before decrypting) and stores it with Ingest. Nothing is stored unless
// the answer is 200 with status stored. backlog (−1: not given) and
// stationClock come from the request headers.
func (rc *Receiver) Receive(ctx context.Context, raw []byte, backlog int64, stationClock time.Time) Receipt {
	limits := rc.Limits
	if limits.MaxBatchBytes == 0 {
		limits = sync.DefaultLimits
	}
	// a readable manifest names the batch in every answer, even a refusal
	m, _ := limits.ParseManifest(raw)
	if _, err := limits.Verify(raw, rc.keys(ctx)); err != nil {
		return rc.refuse(m, err)
	}
	opened, events, err := limits.Open(raw, rc.keys(ctx), rc.Identity)
	if err != nil {
		return rc.refuse(m, err)
	}
	m = opened
	var sum [32]byte
	if _, err := hex.Decode(sum[:], []byte(m.PayloadSHA256)); err != nil {
		return rc.refuse(m, fmt.Errorf("payload hash: %v: %w", err, sync.ErrMalformed))
	}
	res, err := rc.Hub.Ingest(ctx, Manifest{Station: m.Station, Batch: m.Batch, SHA256: sum, FirstSeq: m.FirstSeq,
		LastSeq: m.LastSeq, Count: int64(m.Records), StationClock: time.UnixMilli(m.StationClock), Version: m.Motcua}, raw, events)
	if err != nil {
		return rc.refuse(m, err)
	}
	if backlog >= 0 {
		if stationClock.IsZero() {
			stationClock = time.UnixMilli(m.StationClock)
		}
		if err := rc.Hub.ReportBacklog(ctx, m.Station, backlog, stationClock); err != nil {
			rc.logf("hub: %v", err)
		}
	}
	status := sync.StatusStored
	if res.AlreadyReceived {
		status = sync.StatusAlreadyReceived
	}
	msg := fmt.Sprintf("%d records stored, %d already held", res.Stored, res.Duplicates)
	if len(res.Conflicts) > 0 {
		msg += fmt.Sprintf(", %d records conflict with stored ones (logged)", len(res.Conflicts))
		rc.logf("hub: station %s batch %d: %d records conflict with stored ones: %v", m.Station, m.Batch, len(res.Conflicts), res.Conflicts)
	}
	return Receipt{Code: http.StatusOK, Station: m.Station, Result: res,
		Answer: sync.Answer{Status: status, Batch: m.Batch, SHA256: m.PayloadSHA256, Message: msg}}
}

// refusals map each reason to its status code and answer status.
var refusals = []struct {
	err    error
	code   int
	status string
}{
	{sync.ErrOversized, http.StatusRequestEntityTooLarge, "too_large"},
	{sync.ErrUnsupportedVersion, http.StatusBadRequest, "unsupported_format"},
	{sync.ErrUnknownStation, http.StatusUnauthorized, "unknown_station"},
	{ErrUnknownStation, http.StatusUnauthorized, "unknown_station"},
	{ErrNotRegistered, http.StatusUnauthorized, "unknown_station"},
	{ErrStationDisabled, http.StatusForbidden, "station_disabled"},
	{sync.ErrBadSignature, http.StatusForbidden, "bad_signature"},
	{ErrConflict, http.StatusConflict, "conflict"},
	{sync.ErrTampered, http.StatusUnprocessableEntity, "tampered"},
	{sync.ErrUndecryptable, http.StatusUnprocessableEntity, "undecryptable"},
	{sync.ErrRecordsMismatch, http.StatusUnprocessableEntity, "records_mismatch"},
	{ErrBadBatch, http.StatusUnprocessableEntity, "records_mismatch"},
}

func (rc *Receiver) refuse(m sync.Manifest, err error) Receipt {
	r := Receipt{Code: http.StatusInternalServerError, Station: m.Station,
		Answer: sync.Answer{Status: "error", Batch: m.Batch, Message: err.Error()}}
	for _, f := range refusals {
		if errors.Is(err, f.err) {
			r.Code, r.Answer.Status = f.code, f.status
			break
		}
	}
	if r.Code == http.StatusInternalServerError && errors.Is(err, sync.ErrMalformed) {
		// garbage before the signature checked out is 400; a verified
		// batch whose payload does not decode is 422
		r.Code, r.Answer.Status = http.StatusBadRequest, "malformed"
		if m.Station != "" && m.Batch > 0 {
			r.Code, r.Answer.Status = http.StatusUnprocessableEntity, "malformed_payload"
		}
	}
	switch r.Code {
	case http.StatusConflict, http.StatusInternalServerError:
		rc.logf("hub: station %q batch %d refused: %v", m.Station, m.Batch, err)
	}
	return r
}

func (rc *Receiver) logf(format string, args ...any) {
	if rc.Log != nil {
		rc.Log.Printf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}

// server is the HTTP face of a Receiver.
type server struct {
	rc     *Receiver
	opts   ServerOptions
	mu     gosync.Mutex
	limits map[string]*rate.Limiter
}

// NewServer is the hub's HTTPS API (docs/SYNC.md, "HTTPS API"):
// POST /v1/enroll and POST /v1/batches.
func NewServer(h *Hub, identity age.Identity, opts ServerOptions) http.Handler {
	if opts.Limits.MaxBatchBytes == 0 {
		opts.Limits = sync.DefaultLimits
	}
	if opts.Rate == 0 {
		opts.Rate, opts.Burst = 5, 20
	}
	if opts.Burst == 0 {
		opts.Burst = 1
	}
	s := &server{rc: &Receiver{Hub: h, Identity: identity, Limits: opts.Limits, Log: opts.Log}, opts: opts,
		limits: map[string]*rate.Limiter{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+sync.PathEnroll, s.enroll)
	mux.HandleFunc("POST "+sync.PathBatches, s.batch)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.answer(w, http.StatusNotFound, sync.Answer{Status: "not_found", Message: "no such endpoint"})
	})
	return mux
}

// allow takes a token from the station's bucket.
func (s *server) allow(key string) bool {
	s.mu.Lock()
	l := s.limits[key]
	if l == nil {
		l = rate.NewLimiter(s.opts.Rate, s.opts.Burst)
		s.limits[key] = l
	}
	s.mu.Unlock()
	return l.Allow()
}

// answer writes the hub clock (Date and X-Hub-Clock) and the JSON body.
func (s *server) answer(w http.ResponseWriter, code int, a sync.Answer) {
	now := s.rc.Hub.clock.Now()
	a.HubClockMS = now.UnixMilli()
	w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	w.Header().Set(sync.HeaderHubClock, strconv.FormatInt(a.HubClockMS, 10))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(a)
}

// readBody reads at most max bytes; ok false means the answer was written.
func (s *server) readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.answer(w, http.StatusRequestEntityTooLarge, sync.Answer{Status: "too_large",
			Message: fmt.Sprintf("body over %d bytes", max)})
		return nil, false
	case err != nil:
		s.answer(w, http.StatusBadRequest, sync.Answer{Status: "malformed", Message: "cannot read body: " + err.Error()})
		return nil, false
	}
	return body, true
}

func (s *server) batch(w http.ResponseWriter, r *http.Request) {
	raw, ok := s.readBody(w, r, s.opts.Limits.MaxBatchBytes)
	if !ok {
		return
	}
	// the bucket is per claimed station, checked before any crypto work
	if m, err := s.opts.Limits.ParseManifest(raw); err == nil && !s.allow("batch:"+m.Station) {
		s.answer(w, http.StatusTooManyRequests, sync.Answer{Status: "rate_limited", Batch: m.Batch, Message: "too many requests from this station"})
		return
	}
	backlog := int64(-1)
	if v, err := strconv.ParseInt(r.Header.Get(sync.HeaderStationBacklog), 10, 64); err == nil && v >= 0 {
		backlog = v
	}
	var clock time.Time
	if v, err := strconv.ParseInt(r.Header.Get(sync.HeaderStationClock), 10, 64); err == nil {
		clock = time.UnixMilli(v)
	}
	rc := s.rc.Receive(r.Context(), raw, backlog, clock)
	s.answer(w, rc.Code, rc.Answer)
}

func (s *server) enroll(w http.ResponseWriter, r *http.Request) {
	raw, ok := s.readBody(w, r, 4096)
	if !ok {
		return
	}
	var req sync.EnrollRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		s.answer(w, http.StatusBadRequest, sync.Answer{Status: "malformed", Message: "enrollment request is not JSON: " + err.Error()})
		return
	}
	if !s.allow("enroll:" + req.Station) {
		s.answer(w, http.StatusTooManyRequests, sync.Answer{Status: "rate_limited", Message: "too many attempts"})
		return
	}
	pub, err := sync.ParseStationPublicKey(req.PublicKey)
	if err != nil {
		s.answer(w, http.StatusBadRequest, sync.Answer{Status: "malformed", Message: err.Error()})
		return
	}
	err = s.rc.Hub.RegisterKey(r.Context(), req.Station, req.Secret, pub)
	switch {
	case err == nil:
		s.answer(w, http.StatusOK, sync.Answer{Status: sync.StatusEnrolled, Message: "station " + req.Station + " enrolled"})
	case errors.Is(err, ErrSecretUsed) && s.sameKey(r.Context(), req.Station, pub):
		// the station retrying after a lost answer: enrollment is
		// idempotent for the key that spent the secret
		s.answer(w, http.StatusOK, sync.Answer{Status: sync.StatusEnrolled, Message: "station " + req.Station + " already enrolled with this key"})
	case errors.Is(err, ErrSecretUsed):
		s.answer(w, http.StatusConflict, sync.Answer{Status: "secret_used", Message: err.Error()})
	case errors.Is(err, ErrBadSecret), errors.Is(err, ErrUnknownStation), errors.Is(err, ErrStationDisabled):
		// one answer for all three, so the endpoint does not say which
		// station IDs exist
		s.answer(w, http.StatusForbidden, sync.Answer{Status: "refused", Message: "unknown station or wrong secret"})
	default:
		s.rc.logf("hub: enroll %q: %v", req.Station, err)
		s.answer(w, http.StatusInternalServerError, sync.Answer{Status: "error", Message: "hub error"})
	}
}

// sameKey reports whether station registered exactly pub.
func (s *server) sameKey(ctx context.Context, station string, pub ed25519.PublicKey) bool {
	k, err := s.rc.Hub.StationKey(ctx, station)
	return err == nil && k.Equal(pub)
}
