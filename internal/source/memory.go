package source

import "context"

// Body is an input received in memory, a request's body say, with its
// origin and media type.
type Body struct {
	// Origin tells where the body came from; its Path names the body's
	// documents.
	Origin Origin
	// MediaType tells the format of Data: "text/plain", "text/html",
	// "application/json" (a record or an array of them),
	// "application/x-ndjson" (JSON Lines), parameters allowed (the
	// charset of "text/html" is its document's Charset); "" tells it from
	// Data.
	MediaType string
	// Data is the body: one document or a file of records, possibly
	// gzip-compressed.
	Data []byte
}

// Memory is the source of bodies held in memory, one input each, read in
// order.
type Memory []Body

// Len is the number of bodies.
func (m Memory) Len() int { return len(m) }

// Read reads the bodies in order.
func (m Memory) Read(ctx context.Context, yield func(Input) error) error {
	for _, b := range m {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := yield(read(b.Origin, kindOfMedia(b.MediaType), b.Data)); err != nil {
			return err
		}
	}
	return nil
}
