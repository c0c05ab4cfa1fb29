package web

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
)

// maxIngestRecords caps the records of one JSON request.
const maxIngestRecords = 1000

// ingestResponse is the body of POST /api/v1/articles.
type ingestResponse struct {
	Ingested   int `json:"ingested"`
	Duplicates int `json:"duplicates"`
	Failed     int `json:"failed"`
}

// handleAPIIngest ingests the request body as `storyline ingest` ingests a
// file: a JSON article record or an array of them, an HTML page or plain
// text. It needs the configured token and is off without one.
func (s *server) handleAPIIngest(w http.ResponseWriter, r *http.Request) error {
	if s.token == "" || s.ingest == nil {
		return &httpError{status: http.StatusForbidden, msg: "The write API is off: no token is configured."}
	}
	if !s.authorised(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
		return &httpError{status: http.StatusUnauthorized, msg: "A valid bearer token is needed."}
	}
	// The source reads the body by its media type.
	mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (mediaType != "application/json" && mediaType != "text/html" && mediaType != "text/plain") {
		return &httpError{status: http.StatusUnsupportedMediaType,
			msg: "Content-Type must be application/json, text/html or text/plain."}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxIngestBytes))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return &httpError{status: http.StatusRequestEntityTooLarge,
			msg: fmt.Sprintf("The body must be at most %d MiB.", maxIngestBytes>>20)}
	}
	if err != nil {
		return &httpError{status: http.StatusBadRequest, msg: "The body could not be read.", err: err}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return errBadRequest("The body is empty.")
	}
	if mediaType == "application/json" {
		if body, err = normaliseRecords(body); err != nil {
			return err
		}
	}
	now := time.Now()
	sum, err := s.ingestBody(r, source.Memory{{
		Origin:    source.Origin{Path: postedName(now), Fetched: now},
		MediaType: mediaType,
		Data:      body,
	}})
	if errors.Is(err, ingest.ErrBusy) {
		w.Header().Set("Retry-After", "60")
	}
	if err != nil {
		return err
	}
	status := http.StatusOK
	switch {
	case sum.Ingested > 0:
		status = http.StatusCreated
	case sum.Duplicates == 0 && sum.Failed > 0:
		status = http.StatusUnprocessableEntity
	}
	s.writeJSON(w, r, status, sum)
	return nil
}

// authorised checks the bearer token in constant time; comparing hashes
// keeps the token's length secret too.
func (s *server) authorised(r *http.Request) bool {
	given, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(given))), sha256.Sum256([]byte(s.token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// postedName names a posted body as the articles' source: the API and the
// time it arrived.
func postedName(at time.Time) string {
	return "api:" + at.UTC().Format("20060102T150405.000000000Z")
}

// ingestBody ingests the posted body, one ingest at a time.
func (s *server) ingestBody(r *http.Request, posted source.Memory) (ingestResponse, error) {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	sum, err := s.ingest(r.Context(), posted)
	if errors.Is(err, ingest.ErrBusy) {
		return ingestResponse{}, &httpError{status: http.StatusServiceUnavailable,
			msg: "Another writer is writing to the store; try again in a minute.", err: err}
	}
	if err != nil {
		return ingestResponse{}, fmt.Errorf("ingest: %w", err)
	}
	// The client may read what it wrote at once, before the cache would
	// see the store's new version.
	if s.cache != nil {
		s.cache.drop()
	}
	s.log.Info("ingested via API", "ingested", sum.Ingested, "duplicates", sum.Duplicates, "failed", sum.Failed)
	return ingestResponse{Ingested: sum.Ingested, Duplicates: sum.Duplicates, Failed: sum.Failed}, nil
}

// normaliseRecords checks that a JSON body is an article record or an
// array of them, and names an "html" field "text", which the record
// reader takes HTML from too.
func normaliseRecords(body []byte) ([]byte, error) {
	var records []map[string]json.RawMessage
	trimmed := bytes.TrimSpace(body)
	var err error
	if trimmed[0] == '[' {
		err = json.Unmarshal(trimmed, &records)
	} else {
		var one map[string]json.RawMessage
		err = json.Unmarshal(trimmed, &one)
		records = []map[string]json.RawMessage{one}
	}
	if err != nil {
		return nil, errBadRequest("The body must be a JSON article record or an array of them.")
	}
	if len(records) == 0 || len(records) > maxIngestRecords {
		return nil, errBadRequest("The body must hold from 1 to %d records.", maxIngestRecords)
	}
	for i, rec := range records {
		if rec == nil {
			return nil, errBadRequest("Record %d is not a JSON object.", i+1)
		}
		if html, ok := rec["html"]; ok {
			if _, hasText := rec["text"]; !hasText {
				rec["text"] = html
			}
			delete(rec, "html")
		}
	}
	return json.Marshal(records)
}
