// Package lesson holds what Dutch regions learned about regional
// collaboration in long-term and elderly care: the lessons, the sources
// they come from, their themes, the catalogue and its search. Package
// lesson/assess applies them to a concrete case.
//
// # The catalogue
//
// A [Lesson] is one such learning, in the project's own words in Dutch and
// English, with a stable code (such as "strengthen.continuity" or
// "network.forest-of-networks"), a [Theme], the mechanisms it bears on
// (collab.Mechanism) and the [Source] it is drawn from: one of five Dutch
// articles, cited by title and date ([Sources]).
//
// [Default] returns the built-in [Catalogue]: lessons from about forty
// programme managers (April 2021), the five mechanisms of the Erasmus action
// research (June 2022), the network webinar with Zoetermeer 2025 (March
// 2021), the blog on capacity (March 2020) and the zorgkantoor at the
// regional table (July 2020); [NewCatalogue] builds one of your own. A
// catalogue is an immutable value, safe for concurrent use; it hands out
// copies. Look a lesson up by code ([Catalogue.Lookup]: the lesson and
// true, or the zero Lesson and false), list lessons by mechanism or theme
// ([Catalogue.ByMechanism], [Catalogue.ByTheme]), or search them by free
// text in either language ([Catalogue.Search], with a [Query] whose zero
// value finds every lesson): case and diacritics do not matter, word
// beginnings match, and results are ranked by a documented score with ties
// broken by code. The shapes are those of every catalogue of the module
// (see package region for the other): NewCatalogue returns the catalogue
// value, or its zero value and every problem; Lookup finds one item by
// its code, LookupX finds an X where the package holds more than one kind
// ([LookupSource]), and ByX lists.
//
// Lesson codes are part of the package's contract: assessment rules cite
// them, so they never change once published. The JSON form of a lesson is
//
//	{
//	  "code": "mechanism.ambassadors",
//	  "title": {"nl": "Werk met ambassadeurs", "en": "Work with ambassadors"},
//	  "theme": "mechanism",
//	  "mechanisms": ["actors"],
//	  "text": {"nl": "...", "en": "..."},
//	  "source": {
//	    "key": "mechanisms-2022",
//	    "title": "Mechanismen van regionale samenwerking: wat werkt en wat niet?",
//	    "publisher": "Waardigheid en trots, network meeting with Erasmus University",
//	    "date": "2022-06-21"
//	  }
//	}
//
// Lesson codes are cited by the rules of package lesson/assess.
//
// # The data and its provenance
//
// The built-in lessons and their sources are data, as the reference
// regions of package region are: data/lessons.json holds every lesson
// (code, theme, mechanisms, source key, title and text in Dutch and
// English) and the five sources, and gen.go turns it into
// catalogue_data.go ("go generate ./lesson"). A test fails while the
// generated file is stale, another reads the data file with the package's
// own types and compares it with [Default], and the generator rejects a
// broken file with the path of the problem. Every lesson cites its
// [Source]; [DataVersion] names the edition of the whole, to store next to
// results that cite lessons.
package lesson
