package synth

import "strings"

// script is the writing system of a language.
type script uint8

const (
	latin script = iota
	cyrillic
	arabic
	persian
	han
)

// Aligned lists: entry i means the same thing in every language.
const (
	numThemes   = 30 // news themes: earthquake, election, strike, ...
	numRoles    = 8  // president, prime minister, foreign minister, ...
	numOrgKinds = 6  // bank, party, group, institute, union, movement
)

// language is what the generator knows of one language: word lists written
// for this package (function words, common news words, aligned themes,
// roles and organisation kinds), conventions of punctuation and numbers,
// and the letters its pseudo-words are made of.
type language struct {
	code   string
	weight float64 // share of the default stream
	script script

	fn     string // function words, most frequent first
	common string // common news words, most frequent first

	themes   [numThemes]string
	roles    [numRoles]string    // written before a person's name
	orgKinds [numOrgKinds]string // "@" stands for the organisation's name
	hverbs   string              // headline verbs
	outlets  []string            // outlet name patterns, "@" the invented name

	in        string // preposition before a place ("in"); "" for Turkish suffixes
	said      string // reporting verb of a quote
	saidAfter bool   // the verb follows the speaker ("Tolvani dedi")
	quote     [2]string
	comma     string // written after a word, before the separator
	stop      string // ends a sentence
	sep       string // between words: " ", or "" for Chinese
	decimal   string // decimal separator with Latin digits
	thousands string // group separator of numbers of 10,000 and more
	million   string
	billion   string // "" when billions are written as thousands of millions
	native    rune   // zero digit of the native digits (Arabic-Indic, Persian); 0 for none

	pseudo pseudoSpec
}

// pseudoSpec says how a language's long-tail pseudo-words are spelled:
// onset, nucleus and coda parts make syllables, a suffix may end the word.
// Suffixes listed in capSuffixes make nouns that German capitalises.
type pseudoSpec struct {
	onsets, nuclei, codas, suffixes, capSuffixes string
	// prefixes and chars are for Arabic-script and Han words.
	prefixes string
	chars    string
}

// defaultLanguages are the languages of the default stream, with weights
// that make English the most frequent.
var defaultLanguages = []string{"en", "de", "fr", "es", "it", "pl", "tr", "ru", "ar", "fa", "zh"}

// languages by code.
var languages = map[string]*language{
	"en": {
		code: "en", weight: 0.34, script: latin,
		fn: `the of and to a in that for on is was with by as at from it has have
			he his be are were will an its but not after who they this also had been
			their which more than or over about she her into would up one new two when`,
		common: `government people police officials country city week year month day
			report talks security economy market prices company vote law court
			attack killed wounded capital border agreement plan crisis support leaders
			state national international foreign public health water power energy oil
			gas workers children families residents hospital school parliament party
			opposition decision statement meeting visit announced warned reported
			confirmed denied rejected called expected began continued added told
			according local several former major early recent last next first second
			authorities sources council war peace aid situation operation incident
			victims citizens investment growth bank currency project large number
			hundreds thousands official political military humanitarian region area
			forces troops ministry agency office measures impact data system work
			services rights media investigation evidence claims deal proposal policy
			reform tax jobs trade exports industry production companies shares
			investors analysts experts scientists study research demand supply costs
			rise fall record level rate percent response pressure efforts access
			control conditions risk threat damage rescue emergency crews buildings
			roads homes streets village town province district coast island river
			airport port members groups community yesterday`,
		themes: [numThemes]string{"earthquake", "election", "strike", "trial", "floods",
			"protests", "ceasefire", "sanctions", "inflation", "merger", "vaccine",
			"wildfires", "explosion", "summit", "treaty", "scandal", "drought",
			"refugees", "tariffs", "hostages", "cyberattack", "budget", "pipeline",
			"outbreak", "coup", "corruption", "evacuation", "airstrike", "satellite",
			"heatwave"},
		roles: [numRoles]string{"President", "Prime Minister", "Foreign Minister",
			"spokesperson", "General", "chief executive", "Mayor", "opposition leader"},
		orgKinds: [numOrgKinds]string{"@ Bank", "@ Party", "@ Group", "@ Institute",
			"@ Union", "@ Movement"},
		hverbs:  `warns rejects signs announces backs vows denies seeks urges faces`,
		outlets: []string{"The @ Herald", "@ Times", "@ Post", "@ Daily", "The @ Observer", "@ News"},
		in:      "in", said: "said", quote: [2]string{"“", "”"},
		comma: ",", stop: ".", sep: " ", decimal: ".", thousands: ",",
		million: "million", billion: "billion",
		pseudo: pseudoSpec{
			onsets:   `b c d f g h l m n p r s t w st tr pl gr br ch sh th cr fl`,
			nuclei:   `a e i o u ea ou ai oo a e i o`,
			codas:    `- - - n r t s nd st ng ck ll m`,
			suffixes: `- - - - ing tion ment er ly ed al ity ness`,
		},
	},
	"de": {
		code: "de", weight: 0.09, script: latin,
		fn: `der die und in den von zu das mit sich des auf für ist im dem nicht ein
			eine als auch es an er hat aus bei nach wie noch sie um am über vor zum
			zur wird sind wurde werden seit bis gegen nur unter sowie dass`,
		common: `Regierung Menschen Polizei Jahr Behörden Land Stadt Woche Monat Tag
			Bericht Gespräche Sicherheit Wirtschaft Markt Preise Unternehmen Gesetz
			Gericht Angriff getötet verletzt Hauptstadt Grenze Abkommen Plan Krise
			Unterstützung Staat national international öffentlich Gesundheit Wasser
			Energie Gas Arbeiter Kinder Familien Bewohner Krankenhaus Schule Parlament
			Partei Opposition Entscheidung Erklärung Treffen Besuch kündigte warnte
			berichtete bestätigte bestritt lehnte forderte erwartet begann fügte
			sagte laut lokalen mehrere ehemalige große frühere jüngsten vergangenen
			nächsten ersten zweiten Quellen Rat Krieg Frieden Hilfe Lage Einsatz
			Vorfall Opfer Bürger Investitionen Wachstum Bank Währung Projekt Zahl
			Hunderte Tausende offiziell politisch militärisch humanitär Region Gebiet
			Truppen Ministerium Behörde Maßnahmen Folgen Daten System Arbeit Rechte
			Medien Ermittlungen Vorwürfe Vorschlag Politik Reform Steuern
			Arbeitsplätze Handel Exporte Industrie Produktion Aktien Anleger Experten
			Studie Forschung Nachfrage Kosten Anstieg Rückgang Rekord Niveau Prozent
			Druck Kontrolle Risiko Gefahr Schäden Rettung Notfall Gebäude Straßen
			Häuser Dorf Provinz Bezirk Küste Insel Fluss Flughafen Hafen Mitglieder
			Gruppen neue neuen weitere deutlich bereits heute gestern`,
		themes: [numThemes]string{"Erdbeben", "Wahl", "Streik", "Prozess", "Hochwasser",
			"Proteste", "Waffenruhe", "Sanktionen", "Inflation", "Fusion", "Impfstoff",
			"Waldbrände", "Explosion", "Gipfel", "Vertrag", "Skandal", "Dürre",
			"Flüchtlinge", "Zölle", "Geiseln", "Cyberangriff", "Haushalt", "Pipeline",
			"Ausbruch", "Putsch", "Korruption", "Evakuierung", "Luftangriff",
			"Satellit", "Hitzewelle"},
		roles: [numRoles]string{"Präsident", "Regierungschef", "Außenminister",
			"Sprecher", "General", "Konzernchef", "Bürgermeister", "Oppositionsführer"},
		orgKinds: [numOrgKinds]string{"@ Bank", "@-Partei", "@-Gruppe", "@-Institut",
			"@-Union", "@-Bewegung"},
		hverbs:  `warnt fordert unterzeichnet verspricht bestreitet plant droht kritisiert`,
		outlets: []string{"@er Zeitung", "@ Rundschau", "@er Kurier", "@er Allgemeine", "@ Nachrichten"},
		in:      "in", said: "sagte", quote: [2]string{"„", "“"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: ".",
		million: "Millionen", billion: "Milliarden",
		pseudo: pseudoSpec{
			onsets:      `b d f g h k l m n p r s t w z sch st sp kr pf tr br gr fl`,
			nuclei:      `a e i o u ei ie au ä ö ü a e i`,
			codas:       `- - - n r t s ng cht nd ss ck l m`,
			suffixes:    `- - en lich ig isch`,
			capSuffixes: `ung heit keit schaft er ung`,
		},
	},
	"fr": {
		code: "fr", weight: 0.09, script: latin,
		fn: `le la les de des du et à en un une que qui pour dans sur par au aux est
			a été avec ce il elle ne pas plus son sa ses leur ont sont selon après lors
			entre depuis mais ou comme cette aussi`,
		common: `gouvernement personnes police année responsables pays ville semaine
			mois jour rapport négociations sécurité économie marché prix entreprise
			vote loi tribunal attaque tués blessés capitale frontière accord plan crise
			soutien dirigeants état national international étranger public santé eau
			énergie pétrole gaz travailleurs enfants familles habitants hôpital école
			parlement parti opposition décision déclaration réunion visite annoncé
			averti signalé confirmé démenti rejeté appelé prévu commencé poursuivi
			ajouté indiqué local plusieurs ancien grand récent dernier prochain premier
			deuxième autorités sources conseil guerre paix aide situation opération
			incident victimes citoyens investissements croissance banque monnaie
			projet nombre centaines milliers officiel politique militaire humanitaire
			région zone forces troupes ministère agence mesures conséquences données
			système travail droits médias enquête preuves accusations proposition
			réforme impôts emplois commerce exportations industrie production actions
			investisseurs experts étude recherche demande coûts hausse baisse record
			niveau pression contrôle risque menace dégâts secours urgence bâtiments
			routes maisons village province district côte île fleuve aéroport port
			membres groupes nouvelle nouveau hier`,
		themes: [numThemes]string{"séisme", "élection", "grève", "procès", "inondations",
			"manifestations", "cessez-le-feu", "sanctions", "inflation", "fusion",
			"vaccin", "incendies", "explosion", "sommet", "traité", "scandale",
			"sécheresse", "réfugiés", "droits de douane", "otages", "cyberattaque",
			"budget", "gazoduc", "épidémie", "putsch", "corruption", "évacuation",
			"frappe aérienne", "satellite", "canicule"},
		roles: [numRoles]string{"le président", "le Premier ministre",
			"le ministre des Affaires étrangères", "le porte-parole", "le général",
			"le PDG", "le maire", "le chef de l'opposition"},
		orgKinds: [numOrgKinds]string{"Banque @", "Parti @", "groupe @", "Institut @",
			"Union @", "Mouvement @"},
		hverbs:  `rejette signe annonce promet dément réclame critique menace`,
		outlets: []string{"Le @ Matin", "La Voix de @", "@ Info", "Le Courrier de @"},
		in:      "à", said: "a déclaré", quote: [2]string{"« ", " »"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: " ",
		million: "millions", billion: "milliards",
		pseudo: pseudoSpec{
			onsets:   `b c d f g j l m n p r s t v ch pr tr gr br pl`,
			nuclei:   `a e i o u é è ou oi au eau ai a e i`,
			codas:    `- - - - n r s t l`,
			suffixes: `- - tion ment eur ique age ité ance é er`,
		},
	},
	"es": {
		code: "es", weight: 0.09, script: latin,
		fn: `el la los las de del y en a un una que por para con se su sus es ha fue
			al lo como más pero sin sobre entre tras desde este esta también según
			durante ya`,
		common: `gobierno personas policía año funcionarios país ciudad semana mes día
			informe negociaciones seguridad economía mercado precios empresa votación
			ley tribunal ataque muertos heridos capital frontera acuerdo plan crisis
			apoyo líderes estado nacional internacional exterior público salud agua
			energía petróleo gas trabajadores niños familias vecinos hospital escuela
			parlamento partido oposición decisión comunicado reunión visita anunció
			advirtió informó confirmó negó rechazó pidió prevé comenzó continuó añadió
			explicó local varios antiguo gran reciente pasado próximo primer segundo
			autoridades fuentes consejo guerra paz ayuda situación operación incidente
			víctimas ciudadanos inversión crecimiento banco moneda proyecto número
			cientos miles oficial político militar humanitario región zona fuerzas
			tropas ministerio agencia medidas consecuencias datos sistema trabajo
			derechos medios investigación pruebas acusaciones propuesta reforma
			impuestos empleos comercio exportaciones industria producción acciones
			inversores expertos estudio demanda costes subida caída récord nivel
			presión control riesgo amenaza daños rescate emergencia edificios
			carreteras viviendas pueblo provincia distrito costa isla río aeropuerto
			puerto miembros grupos nueva nuevo ayer`,
		themes: [numThemes]string{"terremoto", "elecciones", "huelga", "juicio",
			"inundaciones", "protestas", "alto el fuego", "sanciones", "inflación",
			"fusión", "vacuna", "incendios", "explosión", "cumbre", "tratado",
			"escándalo", "sequía", "refugiados", "aranceles", "rehenes", "ciberataque",
			"presupuesto", "gasoducto", "brote", "golpe", "corrupción", "evacuación",
			"bombardeo", "satélite", "ola de calor"},
		roles: [numRoles]string{"el presidente", "el primer ministro", "el canciller",
			"el portavoz", "el general", "el consejero delegado", "el alcalde",
			"el líder opositor"},
		orgKinds: [numOrgKinds]string{"Banco @", "Partido @", "Grupo @", "Instituto @",
			"Unión @", "Movimiento @"},
		hverbs:  `rechaza firma anuncia promete niega pide critica amenaza`,
		outlets: []string{"El Diario de @", "La Voz de @", "@ Noticias", "El Heraldo de @"},
		in:      "en", said: "dijo", quote: [2]string{"«", "»"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: ".",
		million: "millones", billion: "",
		pseudo: pseudoSpec{
			onsets:   `b c d f g j l m n p r s t v ch ll pr tr br gr`,
			nuclei:   `a e i o u ia ie ue io a e o`,
			codas:    `- - - - n r s l z`,
			suffixes: `- - ción ado ada idad miento ero ista ante o a`,
		},
	},
	"it": {
		code: "it", weight: 0.05, script: latin,
		fn: `il la i le di del della e a in un una che per con si non è ha al da sono
			dei delle alla nel sulla come più ma anche dopo tra questo stato`,
		common: `governo persone polizia anno funzionari paese città settimana mese
			giorno rapporto negoziati sicurezza economia mercato prezzi azienda voto
			legge tribunale attacco morti feriti capitale confine accordo piano crisi
			sostegno leader nazionale internazionale estero pubblico salute acqua
			energia petrolio gas lavoratori bambini famiglie residenti ospedale scuola
			parlamento partito opposizione decisione dichiarazione incontro visita
			annunciato avvertito riferito confermato smentito respinto chiesto
			previsto iniziato proseguito aggiunto spiegato locale diversi ex grande
			recente scorso prossimo primo autorità fonti consiglio guerra pace aiuti
			situazione operazione incidente vittime cittadini investimenti crescita
			banca valuta progetto numero centinaia migliaia ufficiale politico
			militare umanitario regione zona forze truppe ministero agenzia misure
			conseguenze dati sistema lavoro diritti media indagine prove accuse
			proposta riforma tasse commercio esportazioni industria produzione azioni
			investitori esperti studio domanda costi aumento calo record livello
			pressione controllo rischio minaccia danni soccorsi emergenza edifici
			strade case villaggio provincia distretto costa isola fiume aeroporto
			porto membri gruppi nuova nuovo ieri`,
		themes: [numThemes]string{"terremoto", "elezioni", "sciopero", "processo",
			"alluvione", "proteste", "cessate il fuoco", "sanzioni", "inflazione",
			"fusione", "vaccino", "incendi", "esplosione", "vertice", "trattato",
			"scandalo", "siccità", "rifugiati", "dazi", "ostaggi", "attacco informatico",
			"bilancio", "gasdotto", "epidemia", "golpe", "corruzione", "evacuazione",
			"raid aereo", "satellite", "ondata di caldo"},
		roles: [numRoles]string{"il presidente", "il premier", "il ministro degli Esteri",
			"il portavoce", "il generale", "l'amministratore delegato", "il sindaco",
			"il leader dell'opposizione"},
		orgKinds: [numOrgKinds]string{"Banca @", "Partito @", "Gruppo @", "Istituto @",
			"Unione @", "Movimento @"},
		hverbs:  `respinge firma annuncia promette nega chiede critica minaccia`,
		outlets: []string{"Corriere di @", "La Gazzetta di @", "Il Giornale di @", "@ Notizie"},
		in:      "a", said: "ha detto", quote: [2]string{"«", "»"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: ".",
		million: "milioni", billion: "miliardi",
		pseudo: pseudoSpec{
			onsets:   `b c d f g l m n p r s t v z gl sc pr tr br st`,
			nuclei:   `a e i o u ia io ie uo a e o`,
			codas:    `- - - - - - n r l`,
			suffixes: `zione ato ata ità mento etto ello ista ore o a e i`,
		},
	},
	"pl": {
		code: "pl", weight: 0.04, script: latin,
		fn: `w i na z do się nie że o to jest od po przez jak dla za przy oraz a ale
			także już co który która które jego ich być został została są było ze we`,
		common: `rząd ludzie policja rok urzędnicy kraj miasto tydzień miesiąc dzień
			raport rozmowy bezpieczeństwo gospodarka rynek ceny firma głosowanie
			ustawa sąd atak zabitych rannych stolica granica porozumienie plan kryzys
			wsparcie przywódcy państwo narodowy międzynarodowy zagraniczny publiczny
			zdrowie woda energia ropa gaz pracownicy dzieci rodziny mieszkańcy szpital
			szkoła parlament partia opozycja decyzja oświadczenie spotkanie wizyta
			ogłosił ostrzegł poinformował potwierdził zaprzeczył odrzucił wezwał
			oczekuje rozpoczął kontynuował dodał powiedział lokalny kilka były duży
			niedawny ostatni następny pierwszy drugi władze źródła rada wojna pokój
			pomoc sytuacja operacja incydent ofiary obywatele inwestycje wzrost bank
			waluta projekt liczba setki tysiące oficjalny polityczny wojskowy
			humanitarny region obszar siły wojska ministerstwo agencja środki skutki
			dane system praca prawa media śledztwo dowody zarzuty propozycja reforma
			podatki handel eksport przemysł produkcja akcje inwestorzy eksperci
			badanie popyt koszty spadek rekord poziom presja kontrola ryzyko
			zagrożenie szkody ratownicy budynki drogi domy wieś prowincja powiat
			wybrzeże wyspa rzeka lotnisko port członkowie grupy nowy nowa wczoraj`,
		themes: [numThemes]string{"trzęsienie", "wybory", "strajk", "proces", "powódź",
			"protesty", "rozejm", "sankcje", "inflacja", "fuzja", "szczepionka",
			"pożary", "eksplozja", "szczyt", "traktat", "skandal", "susza",
			"uchodźcy", "cła", "zakładnicy", "cyberatak", "budżet", "gazociąg",
			"epidemia", "zamach stanu", "korupcja", "ewakuacja", "nalot", "satelita",
			"upał"},
		roles: [numRoles]string{"prezydent", "premier", "minister spraw zagranicznych",
			"rzecznik", "generał", "prezes", "burmistrz", "lider opozycji"},
		orgKinds: [numOrgKinds]string{"Bank @", "Partia @", "Grupa @", "Instytut @",
			"Unia @", "Ruch @"},
		hverbs:  `odrzuca podpisuje zapowiada obiecuje zaprzecza żąda krytykuje grozi`,
		outlets: []string{"Gazeta @", "Kurier @", "Dziennik @", "Wiadomości @"},
		in:      "w", said: "powiedział", quote: [2]string{"„", "”"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: " ",
		million: "milionów", billion: "miliardów",
		pseudo: pseudoSpec{
			onsets:   `b c d g k l m n p r s t w z sz cz rz dz ch pr st tr ż ś`,
			nuclei:   `a e i o u y ó ą ę ie ia a e o`,
			codas:    `- - - n k r ł ść sz`,
			suffixes: `- - owanie ość ski ny ek ka ów ach`,
		},
	},
	"tr": {
		code: "tr", weight: 0.05, script: latin,
		fn: `ve bir bu da de ile için olarak en çok daha gibi ancak ise ki o olan
			sonra kadar göre üzerinde arasında tarafından yeni her şu ya veya ama
			değil bile`,
		common: `hükümet insanlar polis yıl yetkililer ülke şehir hafta ay gün rapor
			görüşmeler güvenlik ekonomi piyasa fiyatlar şirket oylama yasa mahkeme
			saldırı öldü yaralandı başkent sınır anlaşma plan kriz destek liderler
			devlet ulusal uluslararası dış kamu sağlık su enerji petrol gaz işçiler
			çocuklar aileler sakinler hastane okul meclis parti muhalefet karar
			açıklama toplantı ziyaret açıkladı uyardı bildirdi doğruladı yalanladı
			reddetti bekleniyor başladı ekledi söyledi yerel birkaç eski büyük son
			gelecek ilk ikinci kaynaklar konsey savaş barış yardım durum operasyon
			olay kurbanlar vatandaşlar yatırım büyüme banka para proje sayı yüzlerce
			binlerce resmi siyasi askeri insani bölge alan kuvvetler birlikler
			bakanlık ajans önlemler sonuçlar veriler sistem iş haklar medya
			soruşturma kanıtlar iddialar öneri reform vergiler istihdam ticaret
			ihracat sanayi üretim hisseler yatırımcılar uzmanlar çalışma talep
			maliyetler artış düşüş rekor seviye baskı kontrol risk tehdit hasar
			kurtarma acil binalar yollar evler köy il ilçe kıyı ada nehir havalimanı
			liman üyeler gruplar dün`,
		themes: [numThemes]string{"deprem", "seçim", "grev", "dava", "sel", "protesto",
			"ateşkes", "yaptırımlar", "enflasyon", "birleşme", "aşı", "orman yangını",
			"patlama", "zirve", "antlaşma", "skandal", "kuraklık", "mülteciler",
			"gümrük vergileri", "rehineler", "siber saldırı", "bütçe", "boru hattı",
			"salgın", "darbe", "yolsuzluk", "tahliye", "hava saldırısı", "uydu",
			"sıcak hava dalgası"},
		roles: [numRoles]string{"Cumhurbaşkanı", "Başbakan", "Dışişleri Bakanı", "sözcü",
			"Orgeneral", "genel müdür", "Belediye Başkanı", "muhalefet lideri"},
		orgKinds: [numOrgKinds]string{"@ Bankası", "@ Partisi", "@ Grubu", "@ Enstitüsü",
			"@ Birliği", "@ Hareketi"},
		hverbs:  `reddetti imzaladı açıkladı uyardı yalanladı istedi eleştirdi duyurdu`,
		outlets: []string{"@ Haber", "@ Gazetesi", "@ Postası", "@ Gündem"},
		in:      "", said: "dedi", saidAfter: true, quote: [2]string{"“", "”"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: ".",
		million: "milyon", billion: "milyar",
		pseudo: pseudoSpec{
			onsets:   `b c ç d g h k l m n p r s ş t v y z`,
			nuclei:   `a e ı i o ö u ü a e`,
			codas:    `- - - n r l k t ş m`,
			suffixes: `- - lar ler lık lik ci cı sı si man lı`,
		},
	},
	"ru": {
		code: "ru", weight: 0.08, script: cyrillic,
		fn: `и в на с по не что как из к о от для за до это он она они был была были
			также после уже при его их со но или же который которые`,
		common: `правительство министр страна люди полиция военные силы город регион
			доклад переговоры неделя год месяц день безопасность экономика рынок цены
			компания выборы закон суд нападение погибли ранены столица граница
			соглашение план кризис поддержка лидеры государство национальный
			международный иностранный общественный здоровье вода энергия нефть газ
			рабочие дети семьи жители больница школа парламент партия оппозиция
			протест решение заявление встреча визит сообщил заявил предупредил
			подтвердил опроверг отверг призвал ожидается начался продолжил добавил
			местный несколько бывший крупный недавний прошлый следующий первый второй
			власти источники совет война мир помощь беженцы ситуация операция
			инцидент жертвы граждане санкции инвестиции рост инфляция банк
			центральный валюта бюджет проект новый большой число сотни тысячи
			официальный политический гуманитарный ведомство агентство меры
			последствия данные система работа права СМИ расследование доказательства
			обвинения предложение реформа налоги торговля экспорт промышленность
			производство акции инвесторы эксперты исследование спрос расходы рекорд
			уровень давление контроль риск угроза ущерб спасатели здания дороги дома
			деревня провинция район побережье остров река аэропорт порт члены группы
			вчера`,
		themes: [numThemes]string{"землетрясение", "выборы", "забастовка", "процесс",
			"наводнение", "протесты", "перемирие", "санкции", "инфляция", "слияние",
			"вакцина", "пожары", "взрыв", "саммит", "договор", "скандал", "засуха",
			"беженцы", "пошлины", "заложники", "кибератака", "бюджет", "трубопровод",
			"вспышка", "переворот", "коррупция", "эвакуация", "авиаудар", "спутник",
			"жара"},
		roles: [numRoles]string{"президент", "премьер-министр", "министр иностранных дел",
			"представитель", "генерал", "глава компании", "мэр", "лидер оппозиции"},
		orgKinds: [numOrgKinds]string{"банк «@»", "партия «@»", "группа «@»",
			"институт «@»", "союз «@»", "движение «@»"},
		hverbs:  `отверг подписал объявил пообещал опроверг потребовал раскритиковал пригрозил`,
		outlets: []string{"Вести @", "@ Новости", "Вестник @", "@ Сегодня"},
		in:      "в", said: "заявил", quote: [2]string{"«", "»"},
		comma: ",", stop: ".", sep: " ", decimal: ",", thousands: " ",
		million: "миллионов", billion: "миллиардов",
		pseudo: pseudoSpec{
			onsets:   `б в г д ж з к л м н п р с т ф х ц ч ш щ пр ст тр кр бр гр`,
			nuclei:   `а е и о у ы я ю а е о`,
			codas:    `- - - н р л с т к в й`,
			suffixes: `- - ов ение ость ский ный ник ка ство ия ой`,
		},
	},
	"ar": {
		code: "ar", weight: 0.07, script: arabic,
		fn: `في من على إلى أن عن مع هذا هذه التي الذي كان قد بعد قبل حيث كما أو ثم
			لم لا ما بين خلال عند كل بعض وقد وفي`,
		common: `الحكومة البلاد الشرطة الجيش القوات المدينة المنطقة التقرير المحادثات
			الأسبوع الشهر الأمن الاقتصاد السوق الأسعار الشركة الانتخابات القانون
			المحكمة الهجوم قتلى جرحى العاصمة الحدود الاتفاق الخطة الأزمة الدعم
			الدولة الوطنية الدولية الخارجية الصحة المياه الطاقة النفط الغاز العمال
			الأطفال العائلات السكان المستشفى المدارس البرلمان الحزب المعارضة
			الاحتجاجات القرار البيان الاجتماع الزيارة أعلن أكد حذر نفى رفض دعا أضاف
			أفاد المسؤولين مصادر الأمم المتحدة المجلس الحرب السلام المساعدات
			اللاجئين الوضع التطورات العملية الحادث الضحايا المواطنين الشعب
			المفاوضات العقوبات الاستثمار النمو التضخم البنك المركزي العملة الدولار
			الميزانية المشروع الجديد الجديدة الكبير كبيرة عدد مئات آلاف العديد
			المحلية الرسمية السياسية العسكرية الإنسانية الإجراءات البيانات النظام
			العمل الحقوق وسائل الإعلام التحقيق الأدلة الاتهامات المقترح الإصلاح
			الضرائب التجارة الصادرات الصناعة الإنتاج الأسهم المستثمرين الخبراء
			الدراسة الطلب التكاليف ارتفاع انخفاض مستوى الضغط السيطرة المخاطر
			التهديد الأضرار الإنقاذ الطوارئ المباني الطرق المنازل القرية المحافظة
			الساحل الجزيرة النهر المطار الميناء الأعضاء المجموعات أمس`,
		themes: [numThemes]string{"الزلزال", "الانتخابات", "الإضراب", "المحاكمة",
			"الفيضانات", "الاحتجاجات", "وقف إطلاق النار", "العقوبات", "التضخم",
			"الاندماج", "اللقاح", "الحرائق", "الانفجار", "القمة", "المعاهدة",
			"الفضيحة", "الجفاف", "اللاجئين", "الرسوم الجمركية", "الرهائن",
			"الهجوم الإلكتروني", "الميزانية", "خط الأنابيب", "تفشي", "الانقلاب",
			"الفساد", "الإجلاء", "الغارة", "القمر الصناعي", "موجة الحر"},
		roles: [numRoles]string{"الرئيس", "رئيس الوزراء", "وزير الخارجية", "المتحدث",
			"الجنرال", "الرئيس التنفيذي", "عمدة", "زعيم المعارضة"},
		orgKinds: [numOrgKinds]string{"بنك @", "حزب @", "مجموعة @", "معهد @", "اتحاد @",
			"حركة @"},
		hverbs:  `يرفض يوقع يعلن يتعهد ينفي يطالب ينتقد يحذر`,
		outlets: []string{"صحيفة @", "أخبار @", "@ اليوم", "شبكة @"},
		in:      "في", said: "قال", quote: [2]string{"«", "»"},
		comma: "،", stop: ".", sep: " ", decimal: ".", thousands: ",",
		million: "مليون", billion: "مليار", native: '٠',
		pseudo: pseudoSpec{
			prefixes: `- - - ال ال م ت`,
			onsets:   `ب ت ج ح خ د ر ز س ش ص ض ط ع غ ف ق ك ل م ن ه`,
			nuclei:   `- - ا و ي`,
			suffixes: `- - - ة ات ي ين ون`,
		},
	},
	"fa": {
		code: "fa", weight: 0.04, script: persian,
		fn: `و در به از که این با را است برای آن یک تا بر هم شد نیز اما یا پس پیش بین
			درباره همچنین خود بود شده کرد`,
		common: `دولت کشور پلیس ارتش نیروها شهر منطقه گزارش مذاکرات هفته ماه امنیت
			اقتصاد بازار قیمت‌ها شرکت انتخابات قانون دادگاه حمله کشته زخمی پایتخت
			مرز توافق برنامه بحران حمایت مردم ملی بین‌المللی خارجی بهداشت آب انرژی
			نفت گاز کارگران کودکان خانواده‌ها ساکنان بیمارستان مدرسه مجلس حزب
			مخالفان اعتراض تصمیم بیانیه نشست سفر اعلام هشدار تأیید افزود منابع
			سازمان ملل شورا جنگ صلح کمک پناهجویان وضعیت عملیات حادثه قربانیان
			شهروندان تحریم‌ها سرمایه‌گذاری رشد تورم بانک مرکزی ارز دلار بودجه طرح
			جدید بزرگ تعداد صدها هزاران محلی رسمی سیاسی نظامی انسانی اقدامات
			داده‌ها سامانه کار حقوق رسانه‌ها تحقیقات شواهد اتهامات پیشنهاد اصلاحات
			مالیات تجارت صادرات صنعت تولید سهام سرمایه‌گذاران کارشناسان مطالعه
			تقاضا هزینه‌ها افزایش کاهش رکورد سطح فشار کنترل خطر تهدید خسارت امداد
			اضطراری ساختمان‌ها جاده‌ها خانه‌ها روستا استان ساحل جزیره رودخانه
			فرودگاه بندر اعضا گروه‌ها دیروز`,
		themes: [numThemes]string{"زلزله", "انتخابات", "اعتصاب", "محاکمه", "سیل",
			"اعتراضات", "آتش‌بس", "تحریم‌ها", "تورم", "ادغام", "واکسن", "آتش‌سوزی",
			"انفجار", "اجلاس", "پیمان", "رسوایی", "خشکسالی", "پناهجویان", "تعرفه‌ها",
			"گروگان‌ها", "حمله سایبری", "بودجه", "خط لوله", "شیوع", "کودتا", "فساد",
			"تخلیه", "حمله هوایی", "ماهواره", "موج گرما"},
		roles: [numRoles]string{"رئیس جمهور", "نخست وزیر", "وزیر امور خارجه", "سخنگوی",
			"ژنرال", "مدیرعامل", "شهردار", "رهبر مخالفان"},
		orgKinds: [numOrgKinds]string{"بانک @", "حزب @", "گروه @", "مؤسسه @", "اتحادیه @",
			"جنبش @"},
		hverbs:  `هشدار اعلام انتقاد تأکید درخواست تهدید امضای رد`,
		outlets: []string{"خبرگزاری @", "روزنامه @", "@ امروز", "پایگاه خبری @"},
		in:      "در", said: "گفت", saidAfter: true, quote: [2]string{"«", "»"},
		comma: "،", stop: ".", sep: " ", decimal: ".", thousands: ",",
		million: "میلیون", billion: "میلیارد", native: '۰',
		pseudo: pseudoSpec{
			prefixes: `- - - - ب م`,
			onsets:   `ب پ ت ج چ خ د ر ز ژ س ش ف ک گ ل م ن ه`,
			nuclei:   `- - ا و ی`,
			suffixes: `- - - ی ‌ها ان گاه ستان ش`,
		},
	},
	"zh": {
		code: "zh", weight: 0.06, script: han,
		fn: `的 了 在 是 和 与 对 将 也 已 为 从 到 等 中 上 并 但 被 其 这 该 于 以 由`,
		common: `政府 国家 警方 军队 部队 城市 地区 报告 谈判 本周 今年 安全 经济 市场 价格
			公司 选举 法律 法院 袭击 死亡 受伤 首都 边境 协议 计划 危机 支持 领导 国际
			外交 公共 卫生 能源 石油 工人 儿童 家庭 居民 医院 学校 议会 政党 反对 抗议
			决定 声明 会议 访问 宣布 警告 证实 否认 拒绝 呼吁 预计 开始 继续 补充 当地
			官员 消息 来源 联合 战争 和平 援助 难民 局势 行动 事件 遇难 公民 制裁 投资
			增长 银行 央行 货币 预算 项目 重大 数百 数千 官方 政治 人道 发展 合作 问题
			关系 地方 社会 民众 记者 媒体 调查 措施 影响 情况 方面 数据 系统 工作 发生
			表示 认为 指出 改革 税收 贸易 出口 工业 生产 股市 专家 研究 需求 成本 上涨
			下降 纪录 水平 压力 控制 风险 威胁 损失 救援 紧急 建筑 道路 房屋 村庄 省份
			海岸 岛屿 河流 机场 港口 成员 团体 昨天`,
		themes: [numThemes]string{"地震", "选举", "罢工", "审判", "洪水", "抗议", "停火",
			"制裁", "通胀", "合并", "疫苗", "山火", "爆炸", "峰会", "条约", "丑闻", "干旱",
			"难民", "关税", "人质", "网络攻击", "预算", "管道", "疫情", "政变", "腐败",
			"撤离", "空袭", "卫星", "热浪"},
		roles: [numRoles]string{"总统", "总理", "外长", "发言人", "将军", "首席执行官",
			"市长", "反对派领袖"},
		orgKinds: [numOrgKinds]string{"@银行", "@党", "@集团", "@研究所", "@联盟", "@运动"},
		hverbs:   `警告 拒绝 签署 宣布 承诺 否认 呼吁 批评`,
		outlets:  []string{"@日报", "@新闻网", "@晨报", "@时报"},
		in:       "在", said: "表示", saidAfter: true, quote: [2]string{"“", "”"},
		comma: "，", stop: "。", sep: "", decimal: ".", thousands: "",
		million: "万", billion: "亿",
		pseudo: pseudoSpec{
			chars: `国家政府经济社会发展建设企业市场技术工业农业科学文化教育卫生环境能源交通安全城市乡村地区人民生产管理服务资源信息网络金融投资贸易价格产品质量标准制度改革政策法律规划项目目标任务体系结构功能能力条件基础设施公共医疗健康保险就业收入消费需求供应增长速度规模数量比例成本效益风险危机事故灾害救援保护治理监督检查调查研究分析报告会议活动合作交流外军事武器战略防务边境海洋航空航天卫星数据电力石油煤炭钢铁汽车铁路港口机场旅游体育赛选手冠军比山河湖森林草原沙漠气候温度雨雪风暴`,
		},
	},
}

// words splits a word list.
func words(s string) []string { return strings.Fields(s) }

// parts splits a part list; "-" stands for the empty part.
func parts(s string) []string {
	out := strings.Fields(s)
	for i, p := range out {
		if p == "-" {
			out[i] = ""
		}
	}
	return out
}
