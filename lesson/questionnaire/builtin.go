package questionnaire

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
)

// builtin is the questionnaire of Default, in mechanism order. The texts
// are the project's own; each statement cites the article it is drawn
// from.
var builtin = [...]Section{
	{
		Mechanism: collab.MechanismUrgency,
		Explanation: collab.Text{
			EN: "Do the partners feel that they need to work together, and does that feeling last?",
			NL: "Voelen de partners dat ze moeten samenwerken, en blijft dat gevoel?",
		},
		Statements: []Statement{
			{Key: "urgency.need", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "The partners feel that they need each other to keep care for older people going in our region.",
				NL: "De partners voelen dat ze elkaar nodig hebben om de ouderenzorg in onze regio overeind te houden.",
			}},
			{Key: "urgency.agenda", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "Someone keeps the collaboration on the agenda, also when the pressure eases for a while.",
				NL: "Iemand houdt de samenwerking op de agenda, ook als de druk een tijd minder is.",
			}},
			{Key: "urgency.executives", Source: lesson.SourceProgrammeManagers2021, Text: collab.Text{
				EN: "Our executives stay committed over the years, not only at the start.",
				NL: "Onze bestuurders blijven door de jaren heen betrokken, niet alleen bij de start.",
			}},
		},
	},
	{
		Mechanism: collab.MechanismStrategy,
		Explanation: collab.Text{
			EN: "How does the region go about it: a shared vision, small concrete projects, or both?",
			NL: "Hoe pakt de regio het aan: met een gedeelde visie, met kleine concrete projecten, of met allebei?",
		},
		Statements: []Statement{
			{Key: "strategy.vision", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "We share a regional vision that says why we work together.",
				NL: "We delen een regiovisie die zegt waarom we samenwerken.",
			}},
			{Key: "strategy.projects", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "Beside that vision, small and concrete projects are running that already show results.",
				NL: "Naast die visie lopen kleine, concrete projecten die nu al resultaat laten zien.",
			}},
			{Key: "strategy.scale", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "What works at one partner is taken up by other partners in the region.",
				NL: "Wat bij één partner werkt, nemen andere partners in de regio over.",
			}},
		},
	},
	{
		Mechanism: collab.MechanismActors,
		Explanation: collab.Text{
			EN: "Does everyone who will notice the change take part early enough: executives, managers, the work floor and, where needed, national parties?",
			NL: "Doet iedereen die de verandering gaat merken vroeg genoeg mee: bestuur, management, werkvloer en waar nodig landelijke partijen?",
		},
		Statements: []Statement{
			{Key: "actors.workfloor", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "Care professionals have a say from the start, not only once the plans are finished.",
				NL: "Zorgprofessionals praten vanaf het begin mee, niet pas als de plannen af zijn.",
			}},
			{Key: "actors.affected", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "For each initiative we ask who will notice it, and we involve those people.",
				NL: "Bij elk initiatief vragen we ons af wie er iets van merkt, en die mensen betrekken we erbij.",
			}},
			{Key: "actors.financiers", Source: lesson.SourceZorgkantoor2020, Text: collab.Text{
				EN: "The zorgkantoor, the insurers and the municipalities have a clear role at our regional table.",
				NL: "Zorgkantoor, zorgverzekeraars en gemeenten hebben een duidelijke rol aan onze regionale tafel.",
			}},
		},
	},
	{
		Mechanism: collab.MechanismLeeway,
		Explanation: collab.Text{
			EN: "When regional plans run into national rules or financing, does the region work on that obstacle?",
			NL: "Als regionale plannen vastlopen op landelijke regels of financiering, werkt de regio dan aan dat knelpunt?",
		},
		Statements: []Statement{
			{Key: "regulatory-leeway.obstacles", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "When a plan gets stuck on rules or financing, we name the obstacle openly and look for room.",
				NL: "Als een plan vastloopt op regels of financiering, benoemen we het knelpunt openlijk en zoeken we ruimte.",
			}},
			{Key: "regulatory-leeway.national", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "We bring in national parties, such as the inspectorate or the NZa, when a rule stands in the way.",
				NL: "We schakelen landelijke partijen in, zoals de inspectie of de NZa, als een regel in de weg zit.",
			}},
		},
	},
	{
		Mechanism: collab.MechanismInfrastructure,
		Explanation: collab.Text{
			EN: "Are there lasting structures that carry the collaboration: networks, shared practices, people and time?",
			NL: "Zijn er blijvende structuren die de samenwerking dragen: netwerken, gedeelde praktijken, mensen en tijd?",
		},
		Statements: []Statement{
			{Key: "infrastructure.networks", Source: lesson.SourceMechanisms2022, Text: collab.Text{
				EN: "Executives and professionals of different organisations meet in networks that last.",
				NL: "Bestuurders en professionals van verschillende organisaties ontmoeten elkaar in netwerken die blijven bestaan.",
			}},
			{Key: "infrastructure.capacity", Source: lesson.SourceCapacity2020, Text: collab.Text{
				EN: "Our organisations free people and time for the regional work, not only money.",
				NL: "Onze organisaties maken mensen en tijd vrij voor het regionale werk, niet alleen geld.",
			}},
			{Key: "infrastructure.continuity", Source: lesson.SourceProgrammeManagers2021, Text: collab.Text{
				EN: "It is settled who carries the work on once the programme money ends.",
				NL: "Het is geregeld wie het werk voortzet als het programmageld ophoudt.",
			}},
		},
	},
}
