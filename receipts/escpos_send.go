package receipts

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"
)

// send delivers data to the printer at e.Target within the job's time.
func (e ESCPOS) send(ctx context.Context, data []byte) error {
	if e.Target == "" {
		return fmt.Errorf("%w: ESC/POS printer without a device or address", ErrConfig)
	}
	if _, ok := ctx.Deadline(); !ok {
		limit := e.Timeout
		if limit <= 0 {
			limit = 15 * time.Second
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	// One job at a time per printer: two tickets' bytes interleaved would
	// print garbage.
	release, err := lockTarget(ctx, e.Target)
	if err != nil {
		return fmt.Errorf("%w: printer %s is still busy with an earlier job that did not finish (%v)", ErrPrinterUnavailable, e.Target, err)
	}
	if addr, ok := tcpAddress(e.Target); ok {
		defer release()
		return e.sendTCP(ctx, addr, data)
	}
	return sendDevice(ctx, e.Target, data, release)
}

// tcpAddress recognises a network target: "tcp://host[:port]" or
// "host:port" with a numeric port; paths and Windows device names are
// not addresses.
func tcpAddress(target string) (string, bool) {
	t, explicit := strings.CutPrefix(target, "tcp://")
	if strings.ContainsAny(t, `/\`) || t == "" {
		return "", false
	}
	host, port, err := net.SplitHostPort(t)
	if err != nil {
		if explicit {
			return net.JoinHostPort(strings.Trim(t, "[]"), "9100"), true
		}
		return "", false
	}
	if host == "" || port == "" || strings.Trim(port, "0123456789") != "" {
		return "", false
	}
	return t, true
}

// sendTCP writes data to a raw-TCP printer (JetDirect, port 9100).
func (e ESCPOS) sendTCP(ctx context.Context, addr string, data []byte) error {
	dialLimit := e.DialTimeout
	if dialLimit <= 0 {
		dialLimit = 3 * time.Second
	}
	d := net.Dialer{Timeout: dialLimit}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return netFailure(addr, "connect", err, dialLimit)
	}
	defer conn.Close()
	deadline, _ := ctx.Deadline()
	_ = conn.SetDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	if _, err := conn.Write(data); err != nil {
		return netFailure(addr, "send the ticket", err, 0)
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		// Half-close: the printer sees the job end; a close error after a
		// complete write loses nothing.
		_ = tc.CloseWrite()
	}
	return nil
}

// netFailure says in plain words why a network printer did not print.
func netFailure(addr, doing string, err error, limit time.Duration) error {
	var ne net.Error
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("%w: the printer at %s refused the connection (is it switched on, and is the port right?): %v", ErrPrinterUnavailable, addr, err)
	case errors.As(err, &dnsErr):
		return fmt.Errorf("%w: the printer name in %s is unknown on this network: %v", ErrPrinterUnavailable, addr, err)
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		if limit > 0 {
			return fmt.Errorf("%w: the printer at %s did not answer within %s (switched off, or not on this network?): %v", ErrPrinterUnavailable, addr, limit, err)
		}
		return fmt.Errorf("%w: the printer at %s stopped taking data (out of paper, cover open, or switched off?): %v", ErrPrinterUnavailable, addr, err)
	case errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH):
		return fmt.Errorf("%w: the printer at %s cannot be reached from this computer (check the cable and the network): %v", ErrPrinterUnavailable, addr, err)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%w: printing to %s was cancelled: %v", ErrPrinterUnavailable, addr, err)
	}
	return fmt.Errorf("%w: could not %s to the printer at %s: %v", ErrPrinterUnavailable, doing, addr, err)
}

// sendDevice writes data to a device file. A USB printer that is off or
// jammed can block a write for ever and the write cannot be interrupted,
// so it runs aside: the job gives up at its deadline while the write
// keeps the printer's lock until it returns (release), so no later job
// interleaves with it.
func sendDevice(ctx context.Context, path string, data []byte, release func()) error {
	done := make(chan error, 1)
	go func() {
		defer release()
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			done <- deviceFailure(path, err)
			return
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			err = deviceFailure(path, err)
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("%w: the printer %s did not take the ticket in time (out of paper, cover open, or switched off?): %v", ErrPrinterUnavailable, path, ctx.Err())
	}
}

// deviceFailure says in plain words why a device printer did not print.
func deviceFailure(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENODEV), errors.Is(err, syscall.ENXIO):
		return fmt.Errorf("%w: there is no printer at %s (is it plugged in and switched on?): %v", ErrPrinterUnavailable, path, err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w: this user may not write to %s (on Linux, add it to the lp group): %v", ErrPrinterUnavailable, path, err)
	case errors.Is(err, syscall.EIO):
		return fmt.Errorf("%w: the printer at %s reported an error (out of paper or switched off?): %v", ErrPrinterUnavailable, path, err)
	}
	return fmt.Errorf("%w: could not write to the printer %s: %v", ErrPrinterUnavailable, path, err)
}

// targetLocks holds one token per printer target.
var targetLocks sync.Map // string → chan struct{}

// lockTarget waits for the printer's token or the end of ctx.
func lockTarget(ctx context.Context, target string) (release func(), err error) {
	v, _ := targetLocks.LoadOrStore(target, make(chan struct{}, 1))
	ch := v.(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { <-ch }) }
	// A free printer is taken even when ctx has ended, so that the error
	// then says what really failed rather than "busy".
	select {
	case ch <- struct{}{}:
		return release, nil
	default:
	}
	select {
	case ch <- struct{}{}:
		return release, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
