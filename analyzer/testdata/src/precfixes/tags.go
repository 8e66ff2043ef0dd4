package precfixes

// "default null" is no setting (GORM wants default:null), but on a
// nullable column it changes nothing: silent. On a not null column it is
// explained, and never rewritten to default:null, which would make GORM
// leave zero values out of INSERT and fail them.
type Counter struct {
	ID       uint
	Note     string `gorm:"default null"`          // nullable: defaults to NULL anyway, silent
	Parent   *uint  `gorm:"index;DEFAULT NULL"`    // silent
	Count    int    `gorm:"not null;default null"` // want `Counter\.Count: "default null" is not a setting, and the column is NOT NULL; remove it`
	Size     int    `gorm:"default 0"`             // want `Counter\.Size: "default 0" is not a setting, so GORM ignores it; write default:0`
	Payload  []byte `gorm:"jsonb"`                 // want `Counter\.Payload: "jsonb" is not a GORM setting; for a jsonb column write type:jsonb`
	Extra    []byte `gorm:"jsonb;type:json"`       // want `"jsonb" is not a GORM setting`
	Settings string `gorm:"type:jsonb"`            // right: silent
	Level    int    `gorm:"not null;default:null"` // want `Counter\.Level: default:null on a not null column; remove default:null, or not null`
	Rank     *int   `gorm:"default:null"`          // nullable: what was meant, silent
}
