package notmodels

// Package notmodels has no GORM models: JSON DTOs with nested structs in
// a package that does not import GORM. relcheck says nothing.

type UserResponse struct {
	ID      uint            `json:"id"`
	Company CompanyResponse `json:"company"`
	Posts   []PostResponse  `json:"posts"`
	Extra   map[string]any  `json:"extra"`
}

type CompanyResponse struct {
	Name string `json:"name"`
}

type PostResponse struct {
	Title string `json:"title"`
}
