package token

// Segment is a piece of an article (its title or its text) with its
// tokens: tokenised once, then handed to every finder that reads it.
type Segment struct {
	// Src is the text as written.
	Src string
	// Tokens are Tokenize(Src); their offsets point into Src.
	Tokens []Token
}

// NewSegment tokenises src.
func NewSegment(src string) Segment {
	return Segment{Src: src, Tokens: Tokenize(src)}
}
