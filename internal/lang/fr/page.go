package fr

import "github.com/storyline/storyline/internal/lang/cue"

// Page holds the French words of a scraped page around its article.
var Page = cue.Page{
	Sections: []string{
		"lire aussi", "à lire aussi", "lire la suite", "sur le même sujet", "articles similaires", "articles liés",
		"à voir aussi", "voir aussi", "les plus lus", "les plus populaires", "les plus partagés", "commentaires",
		"laisser un commentaire", "laisser une réponse", "réagir", "mots-clés", "mots clés", "s'abonner", "abonnez-vous",
		"inscrivez-vous", "suivez-nous", "mentions légales", "politique de confidentialité", "conditions générales",
		"qui sommes-nous", "nous contacter", "plan du site", "tous droits réservés", "dernières infos", "dernières actualités",
		"à la une", "à propos de l'auteur", "l'auteur",
	},
	Chrome: []string{
		"min de lecture", "temps de lecture", "publicité", "partager", "imprimer", "aller au contenu", "flash info", "accueil",
	},
	Notices: []string{
		"tous droits réservés", "ne sera pas publiée", "ne sera pas publié", "champs obligatoires sont indiqués",
	},
	ProseNotices: []string{
		"dans votre boîte", "nous utilisons des cookies", "utilise des cookies", "inscrivez-vous à notre", "abonnez-vous à notre",
	},
	Inline:          []string{"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également"},
	Tags:            []string{"mots-clés", "mots clés"},
	Bylines:         []string{"par"},
	Sources:         []string{"source"},
	Credits:         []string{"photo", "crédit photo", "crédit"},
	Rights:          []string{"tous droits"},
	CommentWords:    []string{"commentaire", "réagir"},
	ShareWords:      []string{"partager", "copier", "lien", "envoyer", "imprimer"},
	DateLabels:      []string{"publié", "publie", "mis", "à", "a", "jour", "le", "modifié", "créé"},
	OutletArticles:  []string{"le", "la"},
	CompanySuffixes: []string{"sa"},
}
