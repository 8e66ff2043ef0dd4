package cascadeineff

import "gorm.io/gorm"

func deletes(db *gorm.DB) {
	db.Delete(&Customer{}) // a soft delete: the Orders stay visible

	db.Unscoped().Where("id = ?", 1).Delete(&Account{})

	tx := db.Unscoped()
	tx.Delete(&Folder{}, 7)

	var a Album
	db.Unscoped().Model(&a).Delete(nil)
}
