package precfixes

// "default null" is no setting (GORM wants default:null), but on a
// nullable column it changes nothing: silent. On a not null column it is
// explained, and never rewritten to default:null, which would make GORM
// leave zero values out of INSERT and fail them.
type Counter struct {
	ID       uint
	Note     string `gorm:"default null"`          // nullable: defaults to NULL anyway, silent
	Parent   *uint  `gorm:"index;DEFAULT NULL"`    // silent
	Count    int    `gorm:"not null;default null"` // want `Counter.Count: "default null" is not a setting .*the column is NOT NULL, so it could not default to NULL anyway; remove it \(default:null would make GORM leave zero values out of INSERT`
	Size     int    `gorm:"default 0"`             // want `"default 0" is not a setting .*; write default:0`
	Payload  []byte `gorm:"jsonb"`                 // want `Counter.Payload: "jsonb" is not a GORM setting.*write type:jsonb \(json would instead turn on GORM's JSON serializer\)`
	Extra    []byte `gorm:"jsonb;type:json"`       // want `"jsonb" is not a GORM setting`
	Settings string `gorm:"type:jsonb"`            // right: silent
	Level    int    `gorm:"not null;default:null"` // want `Counter.Level: default:null on a not null column: GORM leaves a zero value out of INSERT so that the database default applies, and that default, NULL, fails the NOT NULL constraint`
	Rank     *int   `gorm:"default:null"`          // nullable: what was meant, silent
}
