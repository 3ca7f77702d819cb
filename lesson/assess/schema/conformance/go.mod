module github.com/regiokompas/regiokompas/lesson/assess/schema/conformance

go 1.26.8

require (
	github.com/regiokompas/regiokompas v0.0.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/google/uuid v1.6.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/text v0.14.0 // indirect
)

replace github.com/regiokompas/regiokompas => ../../../..
