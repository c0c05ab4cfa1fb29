package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// httpError is an error with the status and the message a client sees.
// The wrapped error, if any, is logged and never shown.
type httpError struct {
	status int
	msg    string
	err    error
}

func (e *httpError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("%d %s: %v", e.status, e.msg, e.err)
	}
	return fmt.Sprintf("%d %s", e.status, e.msg)
}

func (e *httpError) Unwrap() error { return e.err }

// errBadRequest reports a parameter the client got wrong.
func errBadRequest(format string, args ...any) error {
	return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// errNotFound reports something that does not exist.
func errNotFound(msg string) error {
	return &httpError{status: http.StatusNotFound, msg: msg}
}

// isNotFound reports a story, article or entity the store does not hold.
func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

// handlerFunc is a handler that returns its failure for the server to
// answer and log in one place.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// page adapts a handler whose errors are answered with the HTML error page.
func (s *server) page(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.fail(w, r, err, false)
		}
	})
}

// api adapts a handler whose errors are answered with a JSON error body.
func (s *server) api(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.fail(w, r, err, true)
		}
	})
}

// fail answers an error: the client sees a status and a short message,
// the log gets the cause.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error, asJSON bool) {
	status, msg := http.StatusInternalServerError, "Something went wrong on our side; it has been logged."
	var he *httpError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "Not found."
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		s.log.Debug("request canceled", "method", r.Method, "path", r.URL.Path)
		return
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "The request took too long; try a narrower one."
	}
	if status >= http.StatusInternalServerError {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	} else {
		s.log.Debug("request refused", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	if asJSON {
		s.writeJSON(w, r, status, api.Error{Error: msg, Status: status})
		return
	}
	s.render(w, r, status, "error", pageData{
		Title: http.StatusText(status),
		Body:  errorPage{Status: status, StatusText: http.StatusText(status), Message: msg},
	})
}

// errorPage is what the error template shows.
type errorPage struct {
	Status     int
	StatusText string
	Message    string
}

// writeJSON answers with v as JSON. HTML characters stay escaped so that
// article text cannot become markup in a client that mishandles it.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.log.Error("encode JSON", "path", r.URL.Path, "err", err)
		http.Error(w, `{"error":"internal error","status":500}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// render answers with a page. The page is rendered whole before anything
// is written, so that a template error gives an error page, not half a
// page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, data pageData) {
	var buf bytes.Buffer
	if err := s.pages.execute(&buf, name, data); err != nil {
		s.log.Error("render page", "page", name, "path", r.URL.Path, "err", err)
		if name == "error" {
			http.Error(w, "internal server error", http.StatusInternalServerError)
			return
		}
		s.render(w, r, http.StatusInternalServerError, "error", pageData{
			Title: "Internal Server Error",
			Body: errorPage{Status: http.StatusInternalServerError, StatusText: "Internal Server Error",
				Message: "Something went wrong on our side; it has been logged."},
		})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}
