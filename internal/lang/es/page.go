package es

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the Spanish words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"leer más", "lee también", "lea también", "te puede interesar", "también te puede interesar", "puede interesarte",
		"noticias relacionadas", "artículos relacionados", "relacionados", "lo más leído", "más leídas", "lo más visto",
		"más noticias", "comentarios", "deja un comentario", "deja una respuesta", "etiquetas", "suscríbete", "suscribirse",
		"síguenos", "aviso legal", "política de privacidad", "política de cookies", "quiénes somos", "contacto",
		"todos los derechos reservados", "últimas noticias", "sobre el autor", "acerca del autor",
	},
	Chrome: []string{
		"min de lectura", "tiempo de lectura", "publicidad", "anuncio", "compartir", "imprimir", "ir al contenido",
		"última hora", "inicio",
	},
	Notices: []string{
		"todos los derechos reservados", "no será publicada", "no será publicado", "campos obligatorios están marcados",
	},
	ProseNotices:    []string{"en tu bandeja", "utilizamos cookies", "usamos cookies", "suscríbete a nuestro"},
	Inline:          []string{"lee también", "leer más", "lea también", "ver también"},
	Tags:            []string{"etiquetas"},
	Bylines:         []string{"por", "autor"},
	Sources:         []string{"fuente", "fuentes"},
	Credits:         []string{"foto", "fotos", "créditos", "(foto"},
	Rights:          []string{"todos los derechos"},
	CommentWords:    []string{"comentario", "respuesta"},
	ShareWords:      []string{"compartir", "imprimir", "copiar", "enlace"},
	DateLabels:      []string{"publicado", "actualizado", "el", "las", "de", "del", "hace"},
	OutletArticles:  []string{"el", "la"},
	CompanySuffixes: []string{"sa", "s.a", "s.l"},
}
