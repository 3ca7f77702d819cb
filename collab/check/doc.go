// Package check is the toolkit behind the validation and the enums of
// every Regiokompas package. Callers of the module do not need it: they
// call Validate, read the error with errors.Is, errors.As or
// collab.ProblemsOf, and use the enum types of each package. It is for
// those who extend validation for types of their own (a field a service
// adds to a case, a document that embeds a collaboration) and want their
// problems to look like the module's: one list, with paths, codes and
// messages, and no allocation when the value is valid.
//
// The problem types ([Problem], [Problems], [Code] and its constants,
// [ProblemsOf], [UnknownValueError]) live here so that this package needs
// nothing of the module; package collab names each of them again as a
// type alias or constant (collab.Problem is check.Problem), and callers
// should use those names.
//
// # The validation convention
//
// Every entity of the module has
//
//	Validate() error
//
// which checks the value on its own and returns nil or [Problems] holding
// every problem found, each once, with paths in JSON field names from the
// value's root (such as "members[2].joined").
//
// An entity that refers into a collaboration has, besides,
//
//	ValidateIn(c *collab.Collaboration) error
//
// which means, in every package, "everything Validate reports, plus the
// references into c" (a project's participants must be members of c, a
// self-assessment's raters too): each problem once, never Validate's
// problems twice. Call one of the two, never both. A project.Portfolio's
// ValidateIn takes several collaborations and means the same per project.
// There is no third kind of Validate method, and none of them takes a
// [Validator]: the toolkit stays out of the entities' API.
//
// # Building a Validate method
//
// A Validate method keeps a zero [Validator] on its stack, records
// problems at field paths relative to the current path (Required, Text,
// Count, Range, Enum, [DateOrder], Addf), walks lists with [Items] and
// finds repeated keys with [Unique] and [Earlier], then returns
// Validator.Err. Where a value holds another that has a Validate method
// of its own, it adds that method's error below the field holding it with
// Validator.AddError, which puts the inner paths below the current path:
// that is how a case reports "projects[3].funding[0].period.until". A nil
// error costs nothing, so a valid document allocates nothing however
// deeply it nests. Inside one package, types may instead share one
// Validator through unexported methods.
//
// # Cost on hostile input
//
// Validation costs time linear in the size of the document, whatever it
// holds: a list longer than its maximum gets one CodeTooMany problem and
// only its first maximum elements are checked ([Items], Validator.Count);
// duplicates are found by comparing pairs up to [SmallList] elements and
// through a map above it; references into a list longer than its maximum
// are not looked up; and one validation lists at most [MaxProblems]
// problems, then one more that says how many were left out.
//
// # Enums
//
// [Enum] is the machinery of every enum type of the module (collab.Mechanism,
// project.Theme, region.Kind, ...): a table of [EnumValue] (the stable
// lowercase wire word and labels in [Text], Dutch and English), turned into
// String, Parse, MarshalText and UnmarshalText methods that reject unknown
// words with an *[UnknownValueError]. The zero value of an enum is never
// valid. [Language] and [Text] are here because the labels need them;
// collab names them again.
package check
