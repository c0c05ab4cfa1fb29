package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"time"
)

//go:embed static
var staticFS embed.FS

// asset is an embedded static file with the hash of its content.
type asset struct {
	body []byte
	hash string
}

// assets are the embedded static files by name. Pages link them with
// their content hash in the URL ("/static/style.css?v=…"), so a browser
// may keep them for a year and still sees a new version at once.
type assets struct {
	files map[string]asset
}

func loadAssets() (*assets, error) {
	entries, err := fs.ReadDir(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("static files: %w", err)
	}
	a := &assets{files: map[string]asset{}}
	for _, e := range entries {
		body, err := fs.ReadFile(staticFS, "static/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("static files: %w", err)
		}
		sum := sha256.Sum256(body)
		a.files[e.Name()] = asset{body: body, hash: hex.EncodeToString(sum[:6])}
	}
	return a, nil
}

// url is the address of a static file, versioned by its content.
func (a *assets) url(name string) (string, error) {
	f, ok := a.files[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + name + "?v=" + f.hash, nil
}

// handleStatic serves an embedded static file. A request for the current
// version may be cached for good; any other must revalidate its ETag.
func (s *server) handleStatic(w http.ResponseWriter, r *http.Request) error {
	f, ok := s.assets.files[r.PathValue("file")]
	if !ok {
		return errNotFound("There is no such file.")
	}
	if r.URL.Query().Get("v") == f.hash {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	w.Header().Set("ETag", `"`+f.hash+`"`)
	http.ServeContent(w, r, r.PathValue("file"), time.Time{}, bytes.NewReader(f.body))
	return nil
}
