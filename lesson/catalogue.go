package lesson

import (
	"sync"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Catalogue is an immutable, indexed set of lessons: look a lesson up by
// code, list lessons by mechanism or theme, or search them by free text in
// Dutch or English (see [Catalogue.Search]).
//
// A Catalogue is a value, built once by [NewCatalogue] or [Default], that
// never changes afterwards: copying it is cheap and every copy stays valid,
// and it is safe for concurrent use. It hands out copies: a caller may
// change any Lesson or slice it receives without affecting the catalogue.
// [Catalogue.Lookup] finds one lesson by its code and returns it and true,
// or the zero Lesson and false; ByMechanism and ByTheme list every match.
// The zero Catalogue is empty.
type Catalogue struct {
	lessons []Lesson       // catalogue order; never handed out
	byCode  map[string]int // code -> index in lessons
	vocab   []vocabEntry   // search index: every normalised word, sorted
}

// builtin is the built-in catalogue, built on first use; after that it is
// only read.
var builtin = sync.OnceValue(func() Catalogue {
	c, err := NewCatalogue(builtinLessons())
	if err != nil {
		// The built-in lessons are data of this package, checked by its
		// tests; an error here is a programming error, never user input.
		panic("lesson: the built-in catalogue is invalid: " + err.Error())
	}
	return c
})

// Default returns the built-in catalogue: the lessons drawn from the five
// source articles (see [Sources]). Every call returns the same immutable
// catalogue; it is built on the first call.
func Default() Catalogue { return builtin() }

// NewCatalogue builds a catalogue from lessons, in the order given, which
// becomes the catalogue's stable order. It copies lessons, so later changes
// to them do not reach the catalogue.
//
// Every lesson must be valid (see [Lesson.Validate]) and every code unique.
// Otherwise NewCatalogue returns the zero Catalogue and a collab.Problems
// with every problem, with paths that start at the argument list, such as
// "lessons[3].text.nl" (as region.NewCatalogue's start at "regions"); a
// repeated code has CodeDuplicate.
func NewCatalogue(lessons []Lesson) (Catalogue, error) {
	var v check.Validator
	c := Catalogue{
		lessons: make([]Lesson, len(lessons)),
		byCode:  make(map[string]int, len(lessons)),
	}
	v.Enter("lessons")
	for i := range lessons {
		l := &lessons[i]
		v.Index(i)
		l.validate(&v)
		if j, dup := c.byCode[l.Code]; dup && l.Code != "" {
			v.Addf("code", collab.CodeDuplicate, "repeats the code %q of lessons[%d]", l.Code, j)
		} else {
			c.byCode[l.Code] = i
		}
		v.Leave()
		c.lessons[i] = l.Clone()
	}
	v.Leave()
	if err := v.Err(); err != nil {
		return Catalogue{}, err
	}
	c.vocab = buildVocabulary(c.lessons)
	return c, nil
}

// Len returns the number of lessons.
func (c Catalogue) Len() int { return len(c.lessons) }

// Lookup returns a copy of the lesson with the given code and true, or the
// zero Lesson and false when the catalogue has no such lesson.
func (c Catalogue) Lookup(code string) (l Lesson, ok bool) {
	i, ok := c.byCode[code]
	if !ok {
		return Lesson{}, false
	}
	return c.lessons[i].Clone(), true
}

// Codes returns the code of every lesson in catalogue order, as a new slice.
func (c Catalogue) Codes() []string {
	out := make([]string, len(c.lessons))
	for i := range c.lessons {
		out[i] = c.lessons[i].Code
	}
	return out
}

// All returns a copy of every lesson in catalogue order (by theme, then in
// the order of the source), as a new slice.
func (c Catalogue) All() []Lesson {
	return c.collect(func(*Lesson) bool { return true })
}

// ByMechanism returns copies of the lessons that bear on m, in catalogue
// order; empty for a mechanism no lesson bears on, or an invalid one.
func (c Catalogue) ByMechanism(m collab.Mechanism) []Lesson {
	return c.collect(func(l *Lesson) bool { return l.BearsOn(m) })
}

// ByTheme returns copies of the lessons of theme t, in catalogue order;
// empty for a theme without lessons, or an invalid one.
func (c Catalogue) ByTheme(t Theme) []Lesson {
	return c.collect(func(l *Lesson) bool { return l.Theme == t })
}

// collect returns copies of the lessons for which keep is true, in
// catalogue order. The copies' mechanism lists share one new backing array,
// each capped to its own length so that appending to one cannot overwrite
// another.
func (c Catalogue) collect(keep func(*Lesson) bool) []Lesson {
	n, nm := 0, 0
	for i := range c.lessons {
		if keep(&c.lessons[i]) {
			n++
			nm += len(c.lessons[i].Mechanisms)
		}
	}
	out := make([]Lesson, 0, n)
	backing := make([]collab.Mechanism, 0, nm)
	for i := range c.lessons {
		if keep(&c.lessons[i]) {
			out = append(out, copyLesson(&c.lessons[i], &backing))
		}
	}
	return out
}

// copyLesson copies l, placing its mechanisms at the end of *backing, which
// must have room for them.
func copyLesson(l *Lesson, backing *[]collab.Mechanism) Lesson {
	cp := *l
	start := len(*backing)
	*backing = append(*backing, l.Mechanisms...)
	cp.Mechanisms = (*backing)[start:len(*backing):len(*backing)]
	return cp
}

// builtinLessons returns the lessons of the built-in catalogue, as a new
// slice, in catalogue order: by theme, and within a theme in the order of
// the source. Every text is written in the project's own words; the source
// says where the lesson comes from.
func builtinLessons() []Lesson {
	const (
		urgency  = collab.MechanismUrgency
		strategy = collab.MechanismStrategy
		actors   = collab.MechanismActors
		leeway   = collab.MechanismLeeway
		infra    = collab.MechanismInfrastructure
	)
	src := func(key string) Source {
		s, _ := LookupSource(key)
		return s
	}
	var (
		mechanisms2022 = src(SourceMechanisms2022)
		webinar2021    = src(SourceWebinar2021)
		managers2021   = src(SourceProgrammeManagers2021)
		capacity2020   = src(SourceCapacity2020)
		zorgkantoor    = src(SourceZorgkantoor2020)
	)
	ms := func(m ...collab.Mechanism) []collab.Mechanism { return m }

	return []Lesson{
		// Strengthening regional collaboration: programme managers, April 2021.
		{
			Code: "strengthen.corona-accelerated", Theme: ThemeStrengthening, Mechanisms: ms(urgency, infra), Source: managers2021,
			Title: collab.Text{EN: "A crisis can speed collaboration up", NL: "Een crisis kan samenwerking versnellen"},
			Text: collab.Text{
				EN: "During the corona crisis, working together in the region became a necessity, and collaborations grew firmer and faster as a result. Think of nursing homes setting up cohort units that took pressure off hospitals and off one another.",
				NL: "In de coronacrisis moesten partijen in de regio wel samenwerken, en daardoor werden samenwerkingen sneller hechter. Een voorbeeld: verpleeghuizen richtten cohortafdelingen in, waarmee ze de druk op ziekenhuizen en op elkaar verlichtten.",
			},
		},
		{
			Code: "strengthen.executive-commitment", Theme: ThemeStrengthening, Mechanisms: ms(urgency), Source: managers2021,
			Title: collab.Text{EN: "Keep executives committed", NL: "Houd bestuurders betrokken"},
			Text: collab.Text{
				EN: "Success depends on executives staying committed, and that commitment does not maintain itself: it needs attention for as long as the collaboration runs.",
				NL: "Succes hangt af van bestuurders die betrokken blijven, en die betrokkenheid houdt zichzelf niet in stand: ze vraagt aandacht zolang de samenwerking loopt.",
			},
		},
		{
			Code: "strengthen.internal-communication", Theme: ThemeStrengthening, Mechanisms: ms(urgency, actors), Source: managers2021,
			Title: collab.Text{EN: "Tell your own staff why", NL: "Vertel je eigen medewerkers waarom"},
			Text: collab.Text{
				EN: "Staff can only support a collaboration they know about. Explain inside each partner organisation what the collaboration is for, why it is needed and what it adds.",
				NL: "Medewerkers kunnen alleen achter een samenwerking staan die ze kennen. Leg binnen elke deelnemende organisatie uit waar de samenwerking voor is, waarom ze nodig is en wat ze oplevert.",
			},
		},
		{
			Code: "strengthen.continuity", Theme: ThemeStrengthening, Mechanisms: ms(infra, urgency), Source: managers2021,
			Title: collab.Text{EN: "Plan for after the programme", NL: "Plan voor na het programma"},
			Text: collab.Text{
				EN: "Think early about how the collaboration continues once programme funding and support stop, so that its results and its people do not disappear with the programme.",
				NL: "Denk op tijd na over hoe de samenwerking doorgaat als de financiering en ondersteuning van het programma stoppen, zodat resultaten en mensen niet met het programma verdwijnen.",
			},
		},
		{
			Code: "strengthen.existing-structures", Theme: ThemeStrengthening, Mechanisms: ms(infra), Source: managers2021,
			Title: collab.Text{EN: "Build on what is already there", NL: "Bouw voort op wat er al is"},
			Text: collab.Text{
				EN: "Join existing regional structures and partnerships wherever possible instead of setting up something new; only build a new structure when the parties in the region have a good reason for it.",
				NL: "Haak zoveel mogelijk aan bij regionale structuren en verbanden die er al zijn in plaats van iets nieuws op te zetten; bouw alleen een nieuwe structuur als de partijen in de regio daar een goede reden voor hebben.",
			},
		},
		{
			Code: "strengthen.financier-role", Theme: ThemeStrengthening, Mechanisms: ms(actors), Source: managers2021,
			Title: collab.Text{EN: "Give financiers a clear role", NL: "Geef financiers een duidelijke rol"},
			Text: collab.Text{
				EN: "Financiers such as the zorgkantoor, health insurers and sometimes municipalities can tip the balance; make sure each has a clear part in the collaboration.",
				NL: "Financiers als het zorgkantoor, zorgverzekeraars en soms gemeenten kunnen de doorslag geven; zorg dat elk van hen een duidelijke plek in de samenwerking heeft.",
			},
		},
		{
			Code: "strengthen.execution-choice", Theme: ThemeStrengthening, Mechanisms: ms(infra), Source: managers2021,
			Title: collab.Text{EN: "Decide who carries out the work", NL: "Kies wie het werk uitvoert"},
			Text: collab.Text{
				EN: "Make an explicit choice about execution: some collaborations set up a separate execution organisation, others divide responsibilities and steering within the partners' own line organisations. Both occur; choose the form that suits the region.",
				NL: "Maak een bewuste keuze voor de uitvoering: sommige samenwerkingen richten een aparte uitvoeringsorganisatie in, andere beleggen taken en sturing in de eigen lijnorganisatie van de partners. Beide komt voor; kies de vorm die bij de regio past.",
			},
		},
		{
			Code: "strengthen.start-small", Theme: ThemeStrengthening, Mechanisms: ms(strategy), Source: managers2021,
			Title: collab.Text{EN: "Start small and concrete", NL: "Begin klein en concreet"},
			Text: collab.Text{
				EN: "Begin with something small and tangible, and expand the collaboration step by step from there.",
				NL: "Start met iets kleins en tastbaars en breid de samenwerking van daaruit stap voor stap uit.",
			},
		},
		{
			Code: "strengthen.celebrate-successes", Theme: ThemeStrengthening, Mechanisms: ms(urgency), Source: managers2021,
			Title: collab.Text{EN: "Celebrate successes, small ones too", NL: "Vier successen, ook kleine"},
			Text: collab.Text{
				EN: "Mark what has been achieved, even modest steps; it keeps people motivated and shows that the collaboration delivers.",
				NL: "Sta stil bij wat bereikt is, ook bij bescheiden stappen; dat houdt mensen gemotiveerd en laat zien dat de samenwerking iets oplevert.",
			},
		},
		{
			Code: "strengthen.last-mile", Theme: ThemeStrengthening, Mechanisms: ms(urgency, strategy), Source: managers2021,
			Title: collab.Text{EN: "Keep attention until the end", NL: "Houd de aandacht vast tot het eind"},
			Text: collab.Text{
				EN: "Do not let attention slip once the main work seems done: finishing the details is often the hardest part of the job.",
				NL: "Laat de aandacht niet verslappen als het grote werk gedaan lijkt: de afronding en de details zijn vaak het lastigste deel.",
			},
		},

		// Securing and developing further (borging): programme managers, April 2021.
		{
			Code: "secure.communicate-value", Theme: ThemeSecuring, Mechanisms: ms(urgency, actors), Source: managers2021,
			Title: collab.Text{EN: "Keep showing the added value", NL: "Blijf de meerwaarde laten zien"},
			Text: collab.Text{
				EN: "Keep telling people what the collaboration adds, not only at the executives' table but also on the work floor.",
				NL: "Blijf vertellen wat de samenwerking toevoegt, niet alleen aan de bestuurstafel maar ook op de werkvloer.",
			},
		},
		{
			Code: "secure.one-page-summary", Theme: ThemeSecuring, Mechanisms: ms(urgency, actors), Source: managers2021,
			Title: collab.Text{EN: "Capture the core on one page", NL: "Vat de kern samen op één A4"},
			Text: collab.Text{
				EN: "Make the need for the collaboration and its value understandable for everyone, for example in a single page that states the core.",
				NL: "Maak voor iedereen begrijpelijk waarom de samenwerking nodig is en wat ze oplevert, bijvoorbeeld op één A4 met de kern.",
			},
		},
		{
			Code: "secure.vraagbaak", Theme: ThemeSecuring, Mechanisms: ms(infra, actors), Source: managers2021,
			Title: collab.Text{EN: "Set up a point of contact (vraagbaak)", NL: "Richt een vraagbaak in"},
			Text: collab.Text{
				EN: "Appoint a fixed point of contact who picks up signals and questions from the partners quickly, so that they do not get lost.",
				NL: "Stel een vast aanspreekpunt aan dat signalen en vragen van de partners snel oppakt, zodat ze niet verloren gaan.",
			},
		},
		{
			Code: "secure.return-to-vision", Theme: ThemeSecuring, Mechanisms: ms(strategy, urgency), Source: managers2021,
			Title: collab.Text{EN: "Keep returning to the regional vision", NL: "Houd de regiovisie voor ogen"},
			Text: collab.Text{
				EN: "Go back to the regional vision again and again and ask why you are doing this; it keeps projects pointed in the same direction.",
				NL: "Ga steeds terug naar de regiovisie en stel de vraag waarom je dit doet; zo blijven projecten dezelfde kant op wijzen.",
			},
		},
		{
			Code: "secure.aanjager", Theme: ThemeSecuring, Mechanisms: ms(urgency), Source: managers2021,
			Title: collab.Text{EN: "Appoint an aanjager", NL: "Benoem een aanjager"},
			Text: collab.Text{
				EN: "Name a driver (aanjager) whose task is to keep the collaboration on the agenda of every partner.",
				NL: "Wijs een aanjager aan die als taak heeft de samenwerking op de agenda van alle partners te houden.",
			},
		},

		// Implementation on the work floor: programme managers, April 2021.
		{
			Code: "workfloor.live-contact", Theme: ThemeWorkFloor, Mechanisms: ms(actors, infra), Source: managers2021,
			Title: collab.Text{EN: "Meet in person, invest in relationships", NL: "Ontmoet elkaar, investeer in relaties"},
			Text: collab.Text{
				EN: "Taking steps together goes best with direct, preferably face-to-face contact. Set aside time to build relationships with the partners.",
				NL: "Samen stappen zetten gaat het best met direct contact, liefst van persoon tot persoon. Trek tijd uit om een relatie met de partners op te bouwen.",
			},
		},
		{
			Code: "workfloor.perseverance", Theme: ThemeWorkFloor, Mechanisms: ms(urgency), Source: managers2021,
			Title: collab.Text{EN: "Persevere through setbacks", NL: "Houd vol bij tegenslag"},
			Text: collab.Text{
				EN: "Setbacks and friction are part of the work; do not give up quickly, and hold partners to their willingness to adapt.",
				NL: "Tegenslag en gedoe horen erbij; geef niet snel op en spreek partners aan op hun bereidheid om zich aan te passen.",
			},
		},
		{
			Code: "workfloor.priorities", Theme: ThemeWorkFloor, Mechanisms: ms(strategy), Source: managers2021,
			Title: collab.Text{EN: "Set priorities", NL: "Stel prioriteiten"},
			Text: collab.Text{
				EN: "Do not try everything at once: decide what matters most, do that first and steer on it.",
				NL: "Probeer niet alles tegelijk: bepaal wat het belangrijkst is, doe dat eerst en stuur daarop.",
			},
		},
		{
			Code: "workfloor.involve-from-start", Theme: ThemeWorkFloor, Mechanisms: ms(actors), Source: managers2021,
			Title: collab.Text{EN: "Involve the work floor from the start", NL: "Betrek de werkvloer vanaf het begin"},
			Text: collab.Text{
				EN: "A collaboration succeeds or fails in daily practice, not in the boardroom. Give the people who will do the work a voice in the plans from day one.",
				NL: "Of een samenwerking slaagt, blijkt op de werkvloer en niet aan de bestuurstafel. Geef de mensen die het werk gaan doen vanaf de eerste dag een stem in de plannen.",
			},
		},
		{
			Code: "workfloor.pride-ownership", Theme: ThemeWorkFloor, Mechanisms: ms(urgency, actors), Source: managers2021,
			Title: collab.Text{EN: "Successes build pride and ownership", NL: "Successen bouwen trots en eigenaarschap"},
			Text: collab.Text{
				EN: "Give visible attention to what goes well on the work floor; pride in results makes people feel the collaboration is theirs.",
				NL: "Geef zichtbaar aandacht aan wat goed gaat op de werkvloer; trots op resultaten maakt dat mensen de samenwerking als de hunne gaan zien.",
			},
		},
		{
			Code: "workfloor.attend-resistance", Theme: ThemeWorkFloor, Mechanisms: ms(actors), Source: managers2021,
			Title: collab.Text{EN: "Keep talking, take resistance seriously", NL: "Blijf praten, neem weerstand serieus"},
			Text: collab.Text{
				EN: "Stay in conversation with staff and pay attention to their objections instead of working around them.",
				NL: "Blijf met medewerkers in gesprek en besteed aandacht aan hun bezwaren in plaats van eromheen te werken.",
			},
		},

		// The five mechanisms: Erasmus action research, June 2022.
		{
			Code: "mechanism.urgency-precondition", Theme: ThemeMechanism, Mechanisms: ms(urgency), Source: mechanisms2022,
			Title: collab.Text{EN: "Urgency and commitment are a precondition", NL: "Urgentie en commitment zijn een voorwaarde"},
			Text: collab.Text{
				EN: "Parties must feel that regional collaboration is urgent and commit to it. It sounds obvious, but without it nothing else works, and it has to stay on the agenda.",
				NL: "Partijen moeten voelen dat regionale samenwerking dringend nodig is en zich eraan verbinden. Dat klinkt vanzelfsprekend, maar zonder dat werkt de rest niet, en het moet op de agenda blijven staan.",
			},
		},
		{
			Code: "mechanism.urgency-fluctuates", Theme: ThemeMechanism, Mechanisms: ms(urgency), Source: mechanisms2022,
			Title: collab.Text{EN: "Urgency rises and falls", NL: "Urgentie komt en gaat"},
			Text: collab.Text{
				EN: "The sense of urgency is not constant: a staff shortage can make it strong, after which it may ebb away again. Keep raising it, also when it seems to have faded.",
				NL: "Het gevoel van urgentie is niet constant: een personeelstekort kan het sterk maken, waarna het weer kan wegzakken. Blijf het agenderen, ook als het lijkt weg te zakken.",
			},
		},
		{
			Code: "mechanism.urgency-carriers-leave", Theme: ThemeMechanism, Mechanisms: ms(urgency), Source: mechanisms2022,
			Title: collab.Text{EN: "Urgency leaves with the people who carry it", NL: "Urgentie vertrekt met de mensen die haar dragen"},
			Text: collab.Text{
				EN: "Staff turnover makes it harder to keep urgency alive, especially when the people who convey it best move on. Make sure others can take over their role.",
				NL: "Personeelsverloop maakt het lastiger de urgentie levend te houden, zeker als juist de mensen vertrekken die haar het best uitdragen. Zorg dat anderen hun rol kunnen overnemen.",
			},
		},
		{
			Code: "mechanism.small-initiatives", Theme: ThemeMechanism, Mechanisms: ms(strategy), Source: mechanisms2022,
			Title: collab.Text{EN: "Small initiatives: quick and organisable", NL: "Kleine initiatieven: snel en goed te organiseren"},
			Text: collab.Text{
				EN: "Starting with a small initiative of a few parties, such as a shared triage instrument, is fairly easy: the work floor commits sooner and it is simple to organise.",
				NL: "Beginnen met een klein initiatief van een paar partijen, zoals een gezamenlijk triage-instrument, is relatief eenvoudig: de werkvloer verbindt zich sneller en het is overzichtelijk te organiseren.",
			},
		},
		{
			Code: "mechanism.small-initiatives-fragile", Theme: ThemeMechanism, Mechanisms: ms(strategy, urgency), Source: mechanisms2022,
			Title: collab.Text{EN: "Small initiatives: hard to scale, fragile", NL: "Kleine initiatieven: lastig op te schalen, kwetsbaar"},
			Text: collab.Text{
				EN: "Small initiatives are hard to scale up to the region, and they are vulnerable because they depend on a few particular people.",
				NL: "Kleine initiatieven zijn moeilijk op te schalen naar de regio en ze zijn kwetsbaar, omdat ze op een paar specifieke mensen leunen.",
			},
		},
		{
			Code: "mechanism.regional-vision", Theme: ThemeMechanism, Mechanisms: ms(strategy), Source: mechanisms2022,
			Title: collab.Text{EN: "A regional vision: a point on the horizon", NL: "Een regiovisie: een stip op de horizon"},
			Text: collab.Text{
				EN: "A large programme driven by a regional vision gives every party a clear point on the horizon to work towards.",
				NL: "Een groot programma vanuit een regiovisie geeft alle partijen een helder punt op de horizon om naartoe te werken.",
			},
		},
		{
			Code: "mechanism.regional-vision-costly", Theme: ThemeMechanism, Mechanisms: ms(strategy), Source: mechanisms2022,
			Title: collab.Text{EN: "A regional vision: hard to make concrete", NL: "Een regiovisie: lastig concreet te maken"},
			Text: collab.Text{
				EN: "Turning a regional vision into concrete initiatives is difficult, and a programme built on one takes a lot of time and many people.",
				NL: "Een regiovisie omzetten in concrete initiatieven is lastig, en een programma dat erop rust vraagt veel tijd en menskracht.",
			},
		},
		{
			Code: "mechanism.combine-strategies", Theme: ThemeMechanism, Mechanisms: ms(strategy), Source: mechanisms2022,
			Title: collab.Text{EN: "Combine a vision with small projects", NL: "Combineer een visie met kleine projecten"},
			Text: collab.Text{
				EN: "What works best is a mix of both strategies: build a shared vision together and meanwhile let small, concrete projects run.",
				NL: "Het meest werkt een mengvorm van beide strategieën: werk samen aan een gedeelde visie en laat intussen al kleine, concrete projecten lopen.",
			},
		},
		{
			Code: "mechanism.involve-in-time", Theme: ThemeMechanism, Mechanisms: ms(actors), Source: mechanisms2022,
			Title: collab.Text{EN: "Involve professionals in time", NL: "Betrek professionals op tijd"},
			Text: collab.Text{
				EN: "Where executives and managers bring care professionals in only later, friction follows and the work floor resists. Involve managers, professionals and, where needed, national actors early.",
				NL: "Als bestuur en management de zorgprofessionals pas in een laat stadium betrekken, ontstaan wrijving en verzet op de werkvloer. Betrek managers, professionals en zo nodig landelijke partijen vroeg.",
			},
		},
		{
			Code: "mechanism.ask-who-is-affected", Theme: ThemeMechanism, Mechanisms: ms(actors), Source: mechanisms2022,
			Title: collab.Text{EN: "Ask who will be affected", NL: "Vraag wie ermee te maken krijgt"},
			Text: collab.Text{
				EN: "Before developing something like a triage model, list everyone who will have to deal with it and involve them all; when carers, for example, are left out, implementation becomes confused.",
				NL: "Breng voordat je iets als een triagemodel ontwikkelt in kaart wie de gevolgen ervan gaat merken, en betrek al die mensen; blijven bijvoorbeeld verzorgenden buiten beeld, dan wordt de invoering onduidelijk.",
			},
		},
		{
			Code: "mechanism.ambassadors", Theme: ThemeMechanism, Mechanisms: ms(actors), Source: mechanisms2022,
			Title: collab.Text{EN: "Work with ambassadors", NL: "Werk met ambassadeurs"},
			Text: collab.Text{
				EN: "Find staff who back the initiative and let them bring their colleagues along; working with such ambassadors proves effective.",
				NL: "Zoek medewerkers die achter het initiatief staan en laat hen hun collega's meenemen; werken met zulke ambassadeurs blijkt effectief.",
			},
		},
		{
			Code: "mechanism.national-actors", Theme: ThemeMechanism, Mechanisms: ms(actors, leeway), Source: mechanisms2022,
			Title: collab.Text{EN: "Involve national actors where needed", NL: "Betrek landelijke partijen waar nodig"},
			Text: collab.Text{
				EN: "Some changes touch national rules, so bring in the national actor concerned. Reorganising evening, night and weekend (ANW) services, for example, can run into response-time norms, which makes the health inspectorate (IGJ) a party to involve.",
				NL: "Sommige veranderingen raken aan landelijke regels; haal dan de betrokken landelijke partij erbij. Wie bijvoorbeeld de avond-, nacht- en weekenddiensten (ANW) opnieuw inricht, kan tegen normen voor aanrijtijden aanlopen en moet de Inspectie Gezondheidszorg en Jeugd (IGJ) betrekken.",
			},
		},
		{
			Code: "mechanism.regelruimte", Theme: ThemeMechanism, Mechanisms: ms(leeway), Source: mechanisms2022,
			Title: collab.Text{EN: "Regulatory leeway: work on the friction", NL: "Regelruimte: werk aan het knelpunt"},
			Text: collab.Text{
				EN: "A regional plan can get stuck on national policy. Working on that in the region helps change the rules themselves; without such leeway, sustainable medical care does not take shape.",
				NL: "Een regionaal plan kan vastlopen op landelijk beleid. Wie dat knelpunt regionaal aanpakt, draagt bij aan het aanpassen van die regels; zonder die ruimte komt duurzame medische zorg niet tot stand.",
			},
		},
		{
			Code: "mechanism.bottlenecks-national-agenda", Theme: ThemeMechanism, Mechanisms: ms(leeway), Source: mechanisms2022,
			Title: collab.Text{EN: "Raise bottlenecks nationally", NL: "Agendeer knelpunten landelijk"},
			Text: collab.Text{
				EN: "Working across domains in the region brings bottlenecks to light; because regions meet them early, they can put them on the national agenda sooner.",
				NL: "Domeinoverstijgend werken in de regio legt knelpunten bloot; doordat regio's ze vroeg tegenkomen, kunnen ze die eerder landelijk op de agenda zetten.",
			},
		},
		{
			Code: "mechanism.infrastructure-sustains", Theme: ThemeMechanism, Mechanisms: ms(infra), Source: mechanisms2022,
			Title: collab.Text{EN: "Regional infrastructure makes care last", NL: "Regionale infrastructuur maakt zorg duurzaam"},
			Text: collab.Text{
				EN: "Many regional initiatives already build infrastructure that connects people from different organisations, and the regions that do so manage better to make medical care for older people sustainable.",
				NL: "Veel regionale initiatieven bouwen al aan infrastructuur die mensen uit verschillende organisaties verbindt, en regio's die dat doen slagen er beter in de medische ouderenzorg duurzaam te maken.",
			},
		},
		{
			Code: "mechanism.executive-network", Theme: ThemeMechanism, Mechanisms: ms(infra), Source: mechanisms2022,
			Title: collab.Text{EN: "A network of executives", NL: "Een netwerk van bestuurders"},
			Text: collab.Text{
				EN: "One form of regional infrastructure is a standing network in which the executives of the partner organisations meet and decide together.",
				NL: "Eén vorm van regionale infrastructuur is een vast netwerk waarin de bestuurders van de partnerorganisaties elkaar treffen en samen besluiten.",
			},
		},
		{
			Code: "mechanism.professional-network", Theme: ThemeMechanism, Mechanisms: ms(infra, actors), Source: mechanisms2022,
			Title: collab.Text{EN: "A network of professionals", NL: "Een netwerk van professionals"},
			Text: collab.Text{
				EN: "Another form is a network of care professionals from several organisations, such as practitioners who together organise primary care for frail older people.",
				NL: "Een andere vorm is een netwerk van zorgprofessionals uit verschillende organisaties, zoals behandelaren die samen de eerstelijnszorg voor kwetsbare ouderen organiseren.",
			},
		},
		{
			Code: "mechanism.shared-care-practice", Theme: ThemeMechanism, Mechanisms: ms(infra), Source: mechanisms2022,
			Title: collab.Text{EN: "Shared care practices", NL: "Gedeelde zorgpraktijken"},
			Text: collab.Text{
				EN: "Infrastructure can also be a care practice run jointly, such as a transition ward shared by a nursing home and a hospital, where staff of both organisations are closely connected.",
				NL: "Infrastructuur kan ook een gezamenlijk gedragen zorgpraktijk zijn, zoals een schakelafdeling die een verpleeghuis en een ziekenhuis samen runnen, waar medewerkers van beide organisaties nauw verbonden zijn.",
			},
		},
		{
			Code: "mechanism.national-meetings", Theme: ThemeMechanism, Mechanisms: ms(infra), Source: mechanisms2022,
			Title: collab.Text{EN: "Learn from other regions", NL: "Leer van andere regio's"},
			Text: collab.Text{
				EN: "National meetings and the knowledge base on sustainable medical care connect regions, so that a region starting out can use what others have already learned.",
				NL: "Landelijke bijeenkomsten en de kennisbank Duurzame medische zorg verbinden regio's, zodat een regio die begint kan gebruiken wat andere al geleerd hebben.",
			},
		},
		{
			Code: "mechanism.task-reallocation-first", Theme: ThemeMechanism, Mechanisms: ms(strategy), Source: mechanisms2022,
			Title: collab.Text{EN: "Task reallocation helps capacity most", NL: "Taakherschikking helpt de capaciteit het meest"},
			Text: collab.Text{
				EN: "Asked which initiatives do most for the capacity problem in elderly care, about a hundred participants ranked task reallocation first, then triage, technology and regional ANW services. Putting it into practice is often difficult, though.",
				NL: "Gevraagd welke initiatieven het capaciteitsprobleem in de ouderenzorg het meest verlichten, zetten zo'n honderd deelnemers taakherschikking bovenaan; daarna kwamen triage, technologie en regionale ANW-zorg. Het invoeren ervan blijkt wel vaak moeilijk.",
			},
		},
		{
			Code: "mechanism.scale-up", Theme: ThemeMechanism, Mechanisms: ms(strategy), Source: mechanisms2022,
			Title: collab.Text{EN: "Work on scaling up", NL: "Werk aan opschaling"},
			Text: collab.Text{
				EN: "Take successful initiatives to a larger scale: that is where the greater effect lies.",
				NL: "Breng initiatieven die werken naar een grotere schaal: daar zit het meeste effect.",
			},
		},

		// Network collaboration: webinar report, March 2021 (Zoetermeer 2025,
		// the insurer's view, barriers and success factors).
		{
			Code: "network.ambition-framework", Theme: ThemeNetwork, Mechanisms: ms(strategy, urgency), Source: webinar2021,
			Title: collab.Text{EN: "Agree a shared ambition framework", NL: "Spreek een gezamenlijk ambitiekader af"},
			Text: collab.Text{
				EN: "In Zoetermeer 2025 it helped to agree three shared aims first: better health for residents, higher quality of care and welfare, and lower costs.",
				NL: "In Zoetermeer 2025 hielp het om eerst drie gezamenlijke doelen af te spreken: een betere gezondheid van inwoners, hogere kwaliteit van zorg en welzijn en lagere kosten.",
			},
		},
		{
			Code: "network.transition-budget", Theme: ThemeNetwork, Mechanisms: ms(strategy), Source: webinar2021,
			Title: collab.Text{EN: "Agree a transition budget", NL: "Spreek een transitiebudget af"},
			Text: collab.Text{
				EN: "The Zoetermeer partners set aside a transition budget on top of current spending on care and welfare, invested to absorb rising demand so that total costs grow less in the years ahead.",
				NL: "De partners in Zoetermeer maakten een transitiebudget vrij bovenop de huidige uitgaven aan zorg en welzijn, bedoeld om de groeiende vraag op te vangen zodat de totale kosten de komende jaren minder stijgen.",
			},
		},
		{
			Code: "network.care-around-citizen", Theme: ThemeNetwork, Mechanisms: ms(strategy), Source: webinar2021,
			Title: collab.Text{EN: "Organise care around the citizen", NL: "Organiseer de zorg rond de burger"},
			Text: collab.Text{
				EN: "Zoetermeer's vision and organisation concept put the citizen at the centre, with the aim that people can keep living at home as long as possible.",
				NL: "Het visie- en organisatieconcept van Zoetermeer zet de burger centraal, met als doel dat mensen zo lang mogelijk thuis kunnen blijven wonen.",
			},
		},
		{
			Code: "network.transition-not-project", Theme: ThemeNetwork, Mechanisms: ms(strategy, urgency), Source: webinar2021,
			Title: collab.Text{EN: "A transition, not a project", NL: "Een transitie, geen project"},
			Text: collab.Text{
				EN: "Realising a new care concept is not a project or programme but a transition. The movement has to be created actively, by getting the stakeholders moving.",
				NL: "Een nieuw zorgconcept waarmaken is geen project of programma maar een transitie. Die beweging moet je actief op gang brengen door de belanghebbenden in beweging te krijgen.",
			},
		},
		{
			Code: "network.professionals-in-lead", Theme: ThemeNetwork, Mechanisms: ms(actors), Source: webinar2021,
			Title: collab.Text{EN: "Put professionals in the lead", NL: "Zet professionals aan het roer"},
			Text: collab.Text{
				EN: "Let care professionals lead the change rather than carry out plans made elsewhere; in Zoetermeer this was part of creating the movement.",
				NL: "Laat zorgprofessionals de verandering leiden in plaats van plannen uit te voeren die elders zijn gemaakt; in Zoetermeer hoorde dat bij het op gang brengen van de beweging.",
			},
		},
		{
			Code: "network.shared-event", Theme: ThemeNetwork, Mechanisms: ms(urgency, actors), Source: webinar2021,
			Title: collab.Text{EN: "Live the urgency together", NL: "Beleef de urgentie samen"},
			Text: collab.Text{
				EN: "A two-day meeting of some 90 professionals, executives, pioneers and financiers let them experience the urgency together and work out the vision per target group. The core group that formed there has since grown about tenfold.",
				NL: "Een tweedaagse met zo'n negentig professionals, bestuurders, kwartiermakers en financiers liet hen de urgentie samen ervaren en de visie per doelgroep uitwerken. De kerngroep die daar ontstond, is sindsdien ongeveer vertienvoudigd.",
			},
		},
		{
			Code: "network.capacity-management-driver", Theme: ThemeNetwork, Mechanisms: ms(infra, urgency), Source: webinar2021,
			Title: collab.Text{EN: "Regional capacity management as a driving force", NL: "Regionaal capaciteitsmanagement als motor"},
			Text: collab.Text{
				EN: "Zoetermeer made managing care capacity at regional level a main driving force of its collaboration.",
				NL: "Zoetermeer maakte het beheren van zorgcapaciteit op regionaal niveau tot een belangrijke motor van de samenwerking.",
			},
		},
		{
			Code: "network.governance-at-milestones", Theme: ThemeNetwork, Mechanisms: ms(infra, strategy), Source: webinar2021,
			Title: collab.Text{EN: "Governance: not first, but at milestones", NL: "Governance: niet eerst, wel bij mijlpalen"},
			Text: collab.Text{
				EN: "Governance matters but is not the core. Do not open with it; formalise what has grown at the right moments, tied to milestones.",
				NL: "Governance doet ertoe, maar staat niet centraal. Start er niet mee; leg vast wat gegroeid is op de goede momenten, gekoppeld aan mijlpalen.",
			},
		},
		{
			Code: "network.functioning-first", Theme: ThemeNetwork, Mechanisms: ms(strategy), Source: webinar2021,
			Title: collab.Text{EN: "Start from how people function", NL: "Vertrek vanuit hoe mensen functioneren"},
			Text: collab.Text{
				EN: "The central idea of the JZOJP programme is that people should be able to function as well as possible despite illness. Take that functioning, not the care supplied, as the starting point.",
				NL: "Het uitgangspunt van het programma JZOJP is dat mensen ondanks ziekte zo goed mogelijk kunnen blijven functioneren. Neem dat functioneren als vertrekpunt, niet de geleverde zorg.",
			},
		},
		{
			Code: "network.around-the-person", Theme: ThemeNetwork, Mechanisms: ms(infra, actors), Source: webinar2021,
			Title: collab.Text{EN: "Grow the network around the person", NL: "Laat het netwerk rond de persoon groeien"},
			Text: collab.Text{
				EN: "Build the network around the patient and count not only care providers in it but also family, friends and neighbours. Digital data exchange and knowing what counts for the patient make every link stronger.",
				NL: "Bouw het netwerk rond de patiënt zelf en tel daarin niet alleen zorgaanbieders mee maar ook familie, vrienden en buren. Digitale gegevensuitwisseling en weten wat voor de patiënt telt maken elke schakel sterker.",
			},
		},
		{
			Code: "network.prevent-replace-renew", Theme: ThemeNetwork, Mechanisms: ms(strategy), Source: webinar2021,
			Title: collab.Text{EN: "Prevent, replace, renew", NL: "Voorkomen, vervangen, vernieuwen"},
			Text: collab.Text{
				EN: "The JZOJP programme's three directions are preventing care, replacing it (for example closer to home) and renewing it; use them to shape regional projects.",
				NL: "De drie richtingen van het programma JZOJP zijn zorg voorkomen, vervangen (bijvoorbeeld dichter bij huis) en vernieuwen; gebruik ze om regionale projecten vorm te geven.",
			},
		},
		{
			Code: "network.network-over-formal-region", Theme: ThemeNetwork, Mechanisms: ms(infra), Source: webinar2021,
			Title: collab.Text{EN: "A network, not a formalised region", NL: "Een netwerk, geen geformaliseerde regio"},
			Text: collab.Text{
				EN: "Developing the network around patients is worthwhile, but it does not require formalising the region. The speakers did not favour enforcing regional collaboration through a change of the system.",
				NL: "Het netwerk rond patiënten ontwikkelen loont, maar daarvoor hoeft de regio niet geformaliseerd te worden. De sprekers zagen weinig in een stelselwijziging die regionale samenwerking verplicht maakt.",
			},
		},
		{
			Code: "network.own-interest", Theme: ThemeNetwork, Mechanisms: ms(urgency, strategy), Source: webinar2021,
			Title: collab.Text{EN: "Barrier: each partner's own interest", NL: "Belemmering: het eigen organisatiebelang"},
			Text: collab.Text{
				EN: "Every partner also serves the interest of its own organisation, which can pull against the network. Translating the shared ambition into each organisation's own change agenda helps to align them.",
				NL: "Elke partner dient ook het belang van de eigen organisatie, en dat kan tegen het netwerk in werken. De gezamenlijke ambitie laten landen in de veranderagenda van elke organisatie helpt die belangen op één lijn te brengen.",
			},
		},
		{
			Code: "network.nobody-responsible", Theme: ThemeNetwork, Mechanisms: ms(infra), Source: webinar2021,
			Title: collab.Text{EN: "Barrier: nobody responsible for the whole", NL: "Belemmering: niemand verantwoordelijk voor het geheel"},
			Text: collab.Text{
				EN: "Often no one feels responsible for developing and maintaining the network as a whole; each party looks after its own part.",
				NL: "Vaak voelt niemand zich verantwoordelijk voor de ontwikkeling en het onderhoud van het netwerk als geheel; elke partij zorgt voor het eigen deel.",
			},
		},
		{
			Code: "network.no-concrete-ambition", Theme: ThemeNetwork, Mechanisms: ms(strategy), Source: webinar2021,
			Title: collab.Text{EN: "Barrier: no concrete shared ambition", NL: "Belemmering: geen concrete gezamenlijke ambitie"},
			Text: collab.Text{
				EN: "Without a shared ambition that is concrete enough, partners do not know what they are working towards together.",
				NL: "Zonder een gezamenlijke ambitie die concreet genoeg is, weten partners niet waar ze samen naartoe werken.",
			},
		},
		{
			Code: "network.legislation-financing", Theme: ThemeNetwork, Mechanisms: ms(leeway), Source: webinar2021,
			Title: collab.Text{EN: "Barrier: legislation and financing", NL: "Belemmering: wetgeving en financiering"},
			Text: collab.Text{
				EN: "Laws and the way care is financed can obstruct network collaboration; treat them as questions of regulatory leeway to work on.",
				NL: "Wetten en de manier waarop zorg gefinancierd wordt kunnen netwerksamenwerking belemmeren; behandel ze als vragen van regelruimte om aan te werken.",
			},
		},
		{
			Code: "network.weak-governance", Theme: ThemeNetwork, Mechanisms: ms(infra), Source: webinar2021,
			Title: collab.Text{EN: "Barrier: weak governance and implementation power", NL: "Belemmering: zwakke governance en uitvoeringskracht"},
			Text: collab.Text{
				EN: "In practice, networks often lack sound governance and the power to put decisions into practice.",
				NL: "In de praktijk ontbreekt het netwerken vaak aan goede governance en aan de kracht om besluiten ook uit te voeren.",
			},
		},
		{
			Code: "network.forest-of-networks", Theme: ThemeNetwork, Mechanisms: ms(infra), Source: webinar2021,
			Title: collab.Text{EN: "Barrier: a forest of networks", NL: "Belemmering: een woud aan netwerken"},
			Text: collab.Text{
				EN: "Regions have built network upon network in recent years; in that tangle the citizen, client or patient drops out of view. Prefer joining an existing network to adding another.",
				NL: "Regio's hebben de afgelopen jaren netwerk op netwerk gebouwd; in die wirwar raakt de burger, cliënt of patiënt uit beeld. Sluit liever aan bij een bestaand netwerk dan er nog een toe te voegen.",
			},
		},
		{
			Code: "network.patient-perspective", Theme: ThemeNetwork, Mechanisms: ms(strategy, actors), Source: webinar2021,
			Title: collab.Text{EN: "Start from the patient's perspective", NL: "Begin bij het perspectief van de patiënt"},
			Text: collab.Text{
				EN: "Take the viewpoint of the patient, client or resident as the start. Parties who together want the best care for that person have a firm basis for formulating a shared ambition.",
				NL: "Neem het gezichtspunt van patiënt, cliënt of inwoner als start. Wie samen de beste zorg voor die persoon wil, heeft een stevige basis om een gedeelde ambitie te formuleren.",
			},
		},
		{
			Code: "network.change-agenda", Theme: ThemeNetwork, Mechanisms: ms(strategy), Source: webinar2021,
			Title: collab.Text{EN: "Translate the ambition into each organisation", NL: "Vertaal de ambitie naar elke organisatie"},
			Text: collab.Text{
				EN: "A shared ambition matters beyond the network itself: each member organisation has to build it into its own agenda for change.",
				NL: "Een gedeelde ambitie geldt niet alleen voor het netwerk zelf: elke deelnemende organisatie moet haar opnemen in de eigen veranderagenda.",
			},
		},
		{
			Code: "network.trust-not-forced", Theme: ThemeNetwork, Mechanisms: ms(actors, infra), Source: webinar2021,
			Title: collab.Text{EN: "Trust cannot be forced", NL: "Vertrouwen kun je niet afdwingen"},
			Text: collab.Text{
				EN: "In the end collaboration rests on trust, and trust cannot be imposed, which is also why forcing collaboration is unwise. It grows when parties know each other, grant each other something and are prepared to bear some pain when needed.",
				NL: "Uiteindelijk rust samenwerking op vertrouwen, en dat laat zich niet opleggen; daarom is samenwerking afdwingen ook geen goed idee. Het groeit als partijen elkaar kennen, elkaar iets gunnen en zo nodig wat pijn willen dragen.",
			},
		},
		{
			Code: "network.no-bureaucratic-layer", Theme: ThemeNetwork, Mechanisms: ms(infra), Source: webinar2021,
			Title: collab.Text{EN: "Some direction, no new bureaucracy", NL: "Enige regie, geen nieuwe bureaucratie"},
			Text: collab.Text{
				EN: "Left to the goodwill of existing parties alone, network collaboration develops too slowly, so some direction is needed. Do not create a new bureaucratic layer for it; the region, where executives already know each other, is a logical place to start.",
				NL: "Als netwerksamenwerking alleen afhangt van de welwillendheid van de huidige partijen, gaat het te traag, dus enige regie is nodig. Bouw daarvoor geen nieuwe bureaucratische laag; de regio, waar bestuurders elkaar al kennen, is een logisch vertrekpunt.",
			},
		},

		// Capacity to take part: blog, March 2020.
		{
			Code: "capacity.capacitijd", Theme: ThemeCapacity, Mechanisms: ms(urgency, infra), Source: capacity2020,
			Title: collab.Text{EN: "Money is not enough: capacitijd", NL: "Geld is niet genoeg: capacitijd"},
			Text: collab.Text{
				EN: "Subsidies do not give organisations the time, capacity and competences (capacitijd) to take part. Understaffing and rising demand turn their focus inward, so free people and hours for the collaboration explicitly.",
				NL: "Subsidie geeft organisaties nog geen tijd, capaciteit en competenties (capacitijd) om mee te doen. Onderbezetting en een groeiende zorgvraag richten de blik naar binnen; maak daarom uitdrukkelijk mensen en uren vrij voor de samenwerking.",
			},
		},
		{
			Code: "capacity.as-available-drains", Theme: ThemeCapacity, Mechanisms: ms(urgency), Source: capacity2020,
			Title: collab.Text{EN: "Staff assigned as available lose energy", NL: "Wie naar beschikbaarheid meedoet, raakt energie kwijt"},
			Text: collab.Text{
				EN: "When organisations send whoever happens to be free to a regional initiative, the initiative often stalls and those people lose enthusiasm and energy. Torn between their own organisation and the region, they come to see the collaboration as a headache file.",
				NL: "Als organisaties wie toevallig tijd heeft naar een regionaal initiatief sturen, loopt het initiatief vaak vast en verliezen die mensen enthousiasme en energie. Klem tussen de eigen organisatie en de regio gaan ze de samenwerking als hoofdpijndossier zien.",
			},
		},
		{
			Code: "capacity.staying-out-no-option", Theme: ThemeCapacity, Mechanisms: ms(urgency), Source: capacity2020,
			Title: collab.Text{EN: "Staying out is no option", NL: "Niet meedoen is geen optie"},
			Text: collab.Text{
				EN: "Organisations that help shape tomorrow's regional care influence their own role in it; those who stand aside end up with little or no place.",
				NL: "Organisaties die mee vormgeven aan de regionale zorg van morgen, hebben invloed op hun eigen rol daarin; wie langs de kant staat, krijgt weinig of geen plek.",
			},
		},
		{
			Code: "capacity.no-temporary-fix", Theme: ThemeCapacity, Mechanisms: ms(infra), Source: capacity2020,
			Title: collab.Text{EN: "No temporary fix", NL: "Geen tijdelijke oplossing"},
			Text: collab.Text{
				EN: "A stopgap hire or a thick advisory report merely moves the problem elsewhere; it does not tie the organisation to the region for good.",
				NL: "Een interim-kracht of een dik adviesrapport verplaatst het probleem alleen; de organisatie raakt er niet blijvend door verbonden met de regio.",
			},
		},
		{
			Code: "capacity.two-legged-professional", Theme: ThemeCapacity, Mechanisms: ms(infra, actors), Source: capacity2020,
			Title: collab.Text{EN: "A two-legged professional", NL: "Een tweebenige professional"},
			Text: collab.Text{
				EN: "Fill the gap with a hands-on professional who takes up the regional role from within the organisation and at the same time translates the collaboration into the organisation's own practice.",
				NL: "Vul het tekort met een praktische professional die vanuit de organisatie de regionale rol oppakt en tegelijk de samenwerking vertaalt naar de eigen praktijk van de organisatie.",
			},
		},
		{
			Code: "capacity.organisation-takes-helm", Theme: ThemeCapacity, Mechanisms: ms(infra), Source: capacity2020,
			Title: collab.Text{EN: "The organisation takes the helm in the end", NL: "De organisatie neemt uiteindelijk het roer over"},
			Text: collab.Text{
				EN: "Set up outside help so that the organisation's own staff learn along and the organisation can eventually steer its regional role on its own.",
				NL: "Richt hulp van buiten zo in dat de eigen medewerkers meeleren en de organisatie haar regionale rol uiteindelijk zelf kan sturen.",
			},
		},

		// The financier at the table: news item, July 2020.
		{
			Code: "financier.zorgkantoor-at-table", Theme: ThemeFinancier, Mechanisms: ms(actors, strategy), Source: zorgkantoor,
			Title: collab.Text{EN: "The zorgkantoor belongs at the regional table", NL: "Het zorgkantoor hoort aan de regionale tafel"},
			Text: collab.Text{
				EN: "Agreements between zorgkantoor and provider were often made one to one, and providers' regional meetings seldom included the zorgkantoor. Yet as financier of long-term care it can steer future developments like no other, which makes it an essential link in a regional vision.",
				NL: "Afspraken tussen zorgkantoor en aanbieder werden vaak één op één gemaakt, en bij regionaal overleg van aanbieders ontbrak het zorgkantoor meestal. Als financier van de langdurige zorg kan het juist sterk sturen op de toekomst en is het dus onmisbaar voor een regiovisie.",
			},
		},
		{
			Code: "financier.independent-facilitator", Theme: ThemeFinancier, Mechanisms: ms(actors, infra), Source: zorgkantoor,
			Title: collab.Text{EN: "An independent facilitator", NL: "Een onafhankelijke procesbegeleider"},
			Text: collab.Text{
				EN: "A process facilitator who acts as an independent sounding board can show parties where they stand, bring in experience from other regions and name bottlenecks or differences of view that the parties find hard to raise themselves.",
				NL: "Een procesbegeleider die als onafhankelijk klankbord optreedt, kan partijen laten zien hoe ze ervoor staan, ervaringen uit andere regio's inbrengen en knelpunten of meningsverschillen benoemen die partijen zelf lastig op tafel krijgen.",
			},
		},
		{
			Code: "financier.size-of-region", Theme: ThemeFinancier, Mechanisms: ms(strategy), Source: zorgkantoor,
			Title: collab.Text{EN: "Work to the size of the region", NL: "Werk op maat van de regio"},
			Text: collab.Text{
				EN: "Regions differ in population, care supply and social fabric, so no approach transfers unchanged: in one region volunteers play a larger part, in another GPs must be involved more because few large institutions operate there. Transition plans vary accordingly.",
				NL: "Regio's verschillen in bevolking, zorgaanbod en maatschappelijke inbedding, dus een aanpak laat zich niet één op één overzetten: in de ene regio doen vrijwilligers meer, in een andere moeten huisartsen sterker betrokken worden omdat er weinig grote instellingen zijn. Transitieplannen lopen daarom sterk uiteen.",
			},
		},
		{
			Code: "financier.joint-implementation", Theme: ThemeFinancier, Mechanisms: ms(strategy, infra), Source: zorgkantoor,
			Title: collab.Text{EN: "Implement innovations together", NL: "Voer innovaties samen in"},
			Text: collab.Text{
				EN: "In West-Brabant the fourteen contracted providers agreed to implement four technological innovations jointly. Going through it together lets them learn from each other and buy more cheaply.",
				NL: "In West-Brabant spraken de veertien gecontracteerde aanbieders af om samen vier technologische innovaties in te voeren. Door dat samen te doen leren ze van elkaar en kopen ze goedkoper in.",
			},
		},
		{
			Code: "financier.copy-with-help", Theme: ThemeFinancier, Mechanisms: ms(strategy, infra), Source: zorgkantoor,
			Title: collab.Text{EN: "Copy what works, with the other region's help", NL: "Neem over wat werkt, met hulp van de andere regio"},
			Text: collab.Text{
				EN: "Friesland followed West-Brabant's approach of joint implementation, helped by someone from West-Brabant who supported the set-up. Borrowing a working approach goes best with people who have done it before.",
				NL: "Friesland volgde de West-Brabantse aanpak van gezamenlijke invoering, met hulp van iemand uit West-Brabant bij de opzet. Een werkende aanpak overnemen gaat het best met mensen die het al eens gedaan hebben.",
			},
		},
		{
			Code: "financier.widen-table", Theme: ThemeFinancier, Mechanisms: ms(actors, infra), Source: zorgkantoor,
			Title: collab.Text{EN: "Widen the table to GZ and GGZ", NL: "Verbreed de tafel met GZ en GGZ"},
			Text: collab.Text{
				EN: "Once nursing homes and zorgkantoor work together at a regional table, widen it to disability care (GZ) and mental health care (GGZ) to tackle bottlenecks that cross sectors and domains.",
				NL: "Als verpleeghuizen en zorgkantoor eenmaal samen aan een regionale tafel zitten, verbreed die tafel dan met gehandicaptenzorg (GZ) en geestelijke gezondheidszorg (GGZ) om knelpunten over sectoren en domeinen heen aan te pakken.",
			},
		},
		{
			Code: "financier.existing-structure-crisis", Theme: ThemeFinancier, Mechanisms: ms(infra), Source: zorgkantoor,
			Title: collab.Text{EN: "An existing structure helps in a crisis", NL: "Een bestaande structuur helpt in een crisis"},
			Text: collab.Text{
				EN: "Regions that already had a good structure for regional consultation found it a real help during the corona crisis.",
				NL: "Regio's waar het regionale overleg al goed geregeld was, hadden daar in de coronacrisis veel aan.",
			},
		},
		{
			Code: "financier.care-never-finished", Theme: ThemeFinancier, Mechanisms: ms(urgency, infra), Source: zorgkantoor,
			Title: collab.Text{EN: "Care is never finished", NL: "De zorg blijft in beweging"},
			Text: collab.Text{
				EN: "Keep a finger on the pulse of the regional collaboration: new developments will keep coming, and the region meets them best together, building on the structure and atmosphere it has created.",
				NL: "Houd de regionale samenwerking in de gaten: er komen steeds nieuwe ontwikkelingen, en die vang je het best samen op, voortbouwend op de structuur en sfeer die er inmiddels is.",
			},
		},
	}
}
