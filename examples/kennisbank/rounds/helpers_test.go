package rounds_test

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

func statementKeys() []string { return questionnaire.Default().Keys() }

func mechanismOf(key string) collab.Mechanism {
	_, m, _ := questionnaire.Default().LookupStatement(key)
	return m
}
