package rounds_test

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

func statementKeys() []string {
	var keys []string
	for _, s := range questionnaire.Default().Sections() {
		for _, st := range s.Statements {
			keys = append(keys, st.Key)
		}
	}
	return keys
}

func mechanismOf(key string) collab.Mechanism {
	_, m, _ := questionnaire.Default().LookupStatement(key)
	return m
}
