package validatorbench

import (
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
)

// newValidator returns a go-playground validator that enforces the rules
// of collab.Collaboration.Validate the way a user of that library would
// write them: struct-tag rules registered for the collab types (which
// carry no validate tags themselves) for what one field decides, and one
// struct-level function for what needs two fields or the whole
// collaboration (date order, references to members, the regional table).
// Field names are the JSON names, so that its namespaces read like the
// paths of collab's problems.
//
// It is built once and shared, as validator's documentation advises: the
// benchmark measures validation, not setup.
func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	// notblank: a required text is more than white space, as collab's Text.
	if err := v.RegisterValidation("notblank", func(fl validator.FieldLevel) bool {
		return strings.TrimSpace(fl.Field().String()) != ""
	}); err != nil {
		panic(err)
	}

	name := "required,notblank,max=" + strconv.Itoa(collab.MaxNameLength)
	text := "max=" + strconv.Itoa(collab.MaxTextLength)
	maxOf := func(n int) string { return "max=" + strconv.Itoa(n) }

	v.RegisterStructValidationMapRules(map[string]string{
		"ID":               "required",
		"Name":             name,
		"Region":           "required",
		"Started":          "required",
		"Strategy":         "required," + oneOf(collab.Strategies()),
		"Governance":       "omitempty," + oneOf(collab.Governances()),
		"Purchasing":       "omitempty," + oneOf(collab.Purchasings()),
		"Scope":            "omitempty,unique,dive,required," + oneOf(collab.CareScopes()),
		"TransitionBudget": "", // descend: Amount's range
		"Members":          maxOf(collab.MaxMembers) + ",unique=Stakeholder,dive",
		"RoleHolders":      maxOf(collab.MaxRoleHolders) + ",dive",
		"UrgencySignals":   maxOf(collab.MaxSignals) + ",dive",
		"LeewayIssues":     maxOf(collab.MaxLeewayIssues) + ",unique=ID,dive",
		"Networks":         maxOf(collab.MaxNetworks) + ",unique=ID,dive",
		"Events":           maxOf(collab.MaxEvents) + ",dive",
		"HelpedBy":         maxOf(collab.MaxHelp) + ",dive",
		"Notes":            text,
	}, collab.Collaboration{})
	v.RegisterStructValidationMapRules(map[string]string{"Statement": text}, collab.Ambition{})
	v.RegisterStructValidationMapRules(map[string]string{"Summary": text}, collab.Vision{})
	v.RegisterStructValidationMapRules(map[string]string{"Summary": text}, collab.ContinuityPlan{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Amount": "min=0,max=" + strconv.FormatInt(int64(collab.MaxMoney), 10),
	}, collab.TransitionBudget{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Stakeholder":   "required",
		"Joined":        "required",
		"Levels":        "omitempty," + maxOf(collab.MaxLevels) + ",unique=Level,dive",
		"CapacityHours": "omitnil,min=0,max=" + strconv.FormatFloat(collab.MaxCapacityHours, 'f', -1, 64),
	}, collab.Member{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Level": "required," + oneOf(collab.Levels()),
		"Since": "required",
	}, collab.LevelInvolvement{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Kind":        "required," + oneOf(collab.RoleKinds()),
		"Stakeholder": "required",
		"Person":      maxOf(collab.MaxNameLength),
		"From":        "required",
	}, collab.RoleHolder{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Date":       "required",
		"Urgency":    "min=" + strconv.Itoa(collab.MinUrgency) + ",max=" + strconv.Itoa(collab.MaxUrgency),
		"ReportedBy": "omitempty," + oneOf(collab.Levels()),
		"Note":       text,
	}, collab.UrgencySignal{})
	var national []collab.Role
	for _, r := range collab.Roles() {
		if r.IsNational() {
			national = append(national, r)
		}
	}
	v.RegisterStructValidationMapRules(map[string]string{
		"ID":            "required",
		"Rule":          name,
		"Description":   text,
		"NationalActor": "omitempty," + oneOf(national),
		"Status":        "required," + oneOf(collab.LeewayStatuses()),
		"Raised":        "required",
	}, collab.LeewayIssue{})
	v.RegisterStructValidationMapRules(map[string]string{
		"ID":          "required",
		"Name":        name,
		"Kind":        "required," + oneOf(collab.NetworkKinds()),
		"Description": text,
		"Members":     maxOf(collab.MaxNetworkMembers) + ",unique,dive,required",
		"Since":       "required",
		"People":      "min=0,max=" + strconv.Itoa(collab.MaxNetworkPeople),
	}, collab.Network{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Date":         "required",
		"Title":        name,
		"Participants": "min=0",
		"Note":         text,
	}, collab.Event{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Region": "required",
		"From":   "required",
		"Note":   text,
	}, collab.Help{})
	v.RegisterStructValidation(collaborationLevel, collab.Collaboration{})
	return v
}

// oneOf is the oneof rule that admits the enum values xs, which validator
// compares as numbers.
func oneOf[E ~uint8](xs []E) string {
	var b strings.Builder
	b.WriteString("oneof=")
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(int(x)))
	}
	return b.String()
}

// collaborationLevel checks what one field's tag cannot: the order of
// dates across fields and levels, the members that role holders and
// networks name, the rules that hold only when a part is present, and the
// regional table's seats. Each problem is reported at the JSON path collab
// reports it at.
func collaborationLevel(sl validator.StructLevel) {
	var c *collab.Collaboration
	if cur := sl.Current(); cur.CanAddr() {
		c = cur.Addr().Interface().(*collab.Collaboration)
	} else {
		cc := cur.Interface().(collab.Collaboration)
		c = &cc
	}
	report := func(path, tag string) { sl.ReportError(nil, path, path, tag, "") }
	before := func(later, earlier collab.Date) bool {
		return !later.IsZero() && !earlier.IsZero() && later.Before(earlier)
	}

	if before(c.Ended, c.Started) {
		report("ended", "gtefield")
	}
	switch {
	case c.Governance == 0 && !c.GovernanceSince.IsZero():
		report("governanceSince", "excluded_without")
	case c.Governance != 0 && c.GovernanceSince.IsZero():
		report("governanceSince", "required_with")
	case before(c.GovernanceSince, c.Started):
		report("governanceSince", "gtefield")
	}
	if !c.Vision.IsZero() && c.Vision.Adopted.IsZero() {
		report("vision.adopted", "required_with")
	}
	if b := c.TransitionBudget; !b.IsZero() {
		if b.AmountUnknown && b.Amount > 0 {
			report("transitionBudget.amountUnknown", "excluded_with")
		}
		if b.Period.From.IsZero() {
			report("transitionBudget.period.from", "required_with")
		}
		if before(b.Period.Until, b.Period.From) {
			report("transitionBudget.period.until", "gtefield")
		}
	}
	if !c.Continuity.IsZero() && c.Continuity.Adopted.IsZero() {
		report("continuity.adopted", "required_with")
	}

	members := make(map[uuid.UUID]struct{}, len(c.Members))
	for _, m := range c.Members {
		members[m.Stakeholder] = struct{}{}
	}
	tableSeats := map[uuid.UUID]bool(nil)
	for _, n := range c.Networks {
		if n.Kind != collab.NetworkRegionalTable {
			continue
		}
		if tableSeats == nil {
			tableSeats = make(map[uuid.UUID]bool)
		}
		for _, id := range n.Members {
			tableSeats[id] = true
		}
	}
	for i, m := range c.Members {
		at := "members[" + strconv.Itoa(i) + "]"
		if before(m.Joined, c.Started) || (!c.Ended.IsZero() && m.Joined.After(c.Ended)) {
			report(at+".joined", "gtefield")
		}
		if before(m.Left, m.Joined) {
			report(at+".left", "gtefield")
		}
		for j, l := range m.Levels {
			if before(l.Since, m.Joined) {
				report(at+".levels["+strconv.Itoa(j)+"].since", "gtefield")
			}
		}
		if m.CapacityHours != nil && math.IsNaN(*m.CapacityHours) {
			report(at+".capacityHours", "number")
		}
		if tableSeats != nil && m.RegionalTable != tableSeats[m.Stakeholder] {
			report(at+".regionalTable", "eqfield")
		}
	}
	for i, r := range c.RoleHolders {
		at := "roleHolders[" + strconv.Itoa(i) + "]"
		if _, ok := members[r.Stakeholder]; r.Stakeholder != uuid.Nil && !ok {
			report(at+".stakeholder", "member")
		}
		if before(r.From, c.Started) {
			report(at+".from", "gtefield")
		}
		if before(r.Until, r.From) {
			report(at+".until", "gtefield")
		}
	}
	for i, s := range c.UrgencySignals {
		if before(s.Date, c.Started) || (!s.Date.IsZero() && !c.Ended.IsZero() && s.Date.After(c.Ended)) {
			report("urgencySignals["+strconv.Itoa(i)+"].date", "gtefield")
		}
	}
	for i, l := range c.LeewayIssues {
		at := "leewayIssues[" + strconv.Itoa(i) + "]"
		if before(l.Raised, c.Started) {
			report(at+".raised", "gtefield")
		}
		if before(l.LastProgress, l.Raised) {
			report(at+".lastProgress", "gtefield")
		}
		switch {
		case before(l.Resolved, l.Raised):
			report(at+".resolved", "gtefield")
		case l.Status == collab.LeewayResolved && l.Resolved.IsZero():
			report(at+".resolved", "required_if")
		case l.Status != collab.LeewayResolved && l.Status.IsValid() && !l.Resolved.IsZero():
			report(at+".resolved", "excluded_unless")
		}
	}
	for i, n := range c.Networks {
		at := "networks[" + strconv.Itoa(i) + "]"
		for j, id := range n.Members {
			if _, ok := members[id]; id != uuid.Nil && !ok {
				report(at+".members["+strconv.Itoa(j)+"]", "member")
			}
		}
		if before(n.Since, c.Started) {
			report(at+".since", "gtefield")
		}
		if before(n.Until, n.Since) {
			report(at+".until", "gtefield")
		}
	}
	for i, h := range c.HelpedBy {
		at := "helpedBy[" + strconv.Itoa(i) + "]"
		if h.Region != "" && h.Region == c.Region {
			report(at+".region", "nefield")
		}
		if before(h.Until, h.From) {
			report(at+".until", "gtefield")
		}
	}
}
