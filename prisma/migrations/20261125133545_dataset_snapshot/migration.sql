-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DatasetVersion" (
    "version" TEXT NOT NULL PRIMARY KEY,
    "releasedAt" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "snapshot" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_DatasetVersion" ("contentHash", "description", "importedAt", "isCurrent", "releasedAt", "title", "version") SELECT "contentHash", "description", "importedAt", "isCurrent", "releasedAt", "title", "version" FROM "DatasetVersion";
DROP TABLE "DatasetVersion";
ALTER TABLE "new_DatasetVersion" RENAME TO "DatasetVersion";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

