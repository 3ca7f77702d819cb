package api

import _ "embed"

// openAPIDocument is the OpenAPI 3.1 document of the API, served at
// GET /openapi.json. It is written by hand; TestOpenAPIMatchesRoutes keeps
// it and the routes of Server.routes in agreement.
//
//go:embed openapi.json
var openAPIDocument []byte
